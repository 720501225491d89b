/**
 * Why sign-up refuses a password, as the API words it (English, in the `password` field error of
 * a 400). Pages show their own sentence for each (lib/schemas/accounts passes these on, so a page
 * can tell them apart). Imports nothing: lib/schemas may read it.
 */
export const PASSWORD_BLANK = 'A password cannot be only spaces';
export const PASSWORD_CONTAINS_EMAIL = 'A password must not contain your email';
export const PASSWORD_TOO_COMMON = 'This password is too common';
export const PASSWORD_TOO_GUESSABLE = 'This password is too easy to guess';
