import type { z } from 'zod';
import { PASSWORD_REFUSALS } from '@/lib/schemas/accounts';

/** The keys of the catalog group "auth.errors" a form field can show. */
export type AuthErrorKey =
  | 'nameRequired'
  | 'nameTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'emailTooLong'
  | 'emailTaken'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordRefused'
  | keyof typeof PASSWORD_REFUSALS;

export type AuthField = 'name' | 'email' | 'password';
export type AuthFieldErrors = Partial<Record<AuthField, AuthErrorKey>>;

/**
 * What to say of each field a zod schema of lib/schemas/accounts refused, in catalog keys: the
 * schemas' own messages are the API's English. The first problem of a field is the one shown.
 */
export function fieldErrorsOf(issues: z.core.$ZodIssue[], input: Record<AuthField, string>): AuthFieldErrors {
  const errors: AuthFieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0] as AuthField;
    if (errors[field]) continue;
    const empty = input[field].trim() === '';
    const tooBig = issue.code === 'too_big';
    if (field === 'name') errors.name = tooBig ? 'nameTooLong' : 'nameRequired';
    else if (field === 'email') errors.email = empty ? 'emailRequired' : tooBig ? 'emailTooLong' : 'emailInvalid';
    else if (field === 'password')
      errors.password = input.password === '' ? 'passwordRequired' : tooBig ? 'passwordTooLong' : 'passwordTooShort';
  }
  return errors;
}

/** The page's words for the API's refusal of a password (a 400 on `password` at sign-up). */
export function passwordRefusalKey(message: string): AuthErrorKey {
  const found = Object.entries(PASSWORD_REFUSALS).find(([, sentence]) => sentence === message);
  return found ? (found[0] as keyof typeof PASSWORD_REFUSALS) : 'passwordRefused';
}
