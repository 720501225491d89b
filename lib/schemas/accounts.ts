import { z } from 'zod';
import {
  PASSWORD_BLANK,
  PASSWORD_CONTAINS_EMAIL,
  PASSWORD_TOO_COMMON,
  PASSWORD_TOO_GUESSABLE,
} from '@/lib/core/accounts/password-rules';

export const Email = z
  .string()
  .trim()
  .max(254, 'An email address has at most 254 characters')
  .pipe(z.email('Enter a valid email address'))
  .transform((email) => email.toLowerCase());

export const Password = z
  .string()
  .min(8, 'A password has at least 8 characters')
  .max(128, 'A password has at most 128 characters');

export const SignUpBody = z.object({
  email: Email,
  password: Password,
  name: z.string().trim().min(1, 'Enter your name').max(100, 'A name has at most 100 characters'),
});
export type SignUpBody = z.infer<typeof SignUpBody>;

export const SignInBody = z.object({ email: Email, password: z.string().min(1).max(128) });

export const Role = z.enum(['USER', 'ADMIN']);

/** A user as the API answers it (sign-up, GET /me). Strict, so tests catch an undocumented field. */
export const UserView = z.strictObject({ id: z.uuid(), email: z.string(), name: z.string(), role: Role });
export type UserView = z.infer<typeof UserView>;

/** The API's refusals of a password at sign-up (its `password` field error), by what the page says of each. */
export const PASSWORD_REFUSALS = {
  passwordBlank: PASSWORD_BLANK,
  passwordContainsEmail: PASSWORD_CONTAINS_EMAIL,
  passwordTooCommon: PASSWORD_TOO_COMMON,
  passwordTooGuessable: PASSWORD_TOO_GUESSABLE,
} as const;
