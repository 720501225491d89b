/**
 * What sign-up accepts as a password, beyond the 8 to 128 characters of the schema: nothing
 * blank, nothing holding the account's email, nothing easy to guess. The estimate is zxcvbn's
 * (@zxcvbn-ts) with its common-password and word lists, the email and the name as hints.
 *
 * Server-side only: the dictionaries are megabytes, so no client component imports this.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_BLANK, PASSWORD_CONTAINS_EMAIL, PASSWORD_TOO_COMMON, PASSWORD_TOO_GUESSABLE } from './password-rules';

export { PASSWORD_BLANK, PASSWORD_CONTAINS_EMAIL, PASSWORD_TOO_COMMON, PASSWORD_TOO_GUESSABLE };

/**
 * zxcvbn scores 0..4 by estimated guesses: 2 is under 10^8, 3 under 10^10. A random
 * 8-character password is exactly 10^8 to it, score 2, so demanding 3 would refuse every
 * 8-character password. Score 2 passes, then, but only when zxcvbn names no weakness (a
 * common password with a suffix, a keyboard run, a date...): its estimate rests on length alone.
 */
const STRONG_SCORE = 3;
const ACCEPTABLE_SCORE = 2;

/** Shorter parts of an email are too likely to occur by chance to refuse a password for. */
const MIN_EMAIL_PART = 4;

let estimator: ZxcvbnFactory | undefined;
// Building the ranked dictionaries takes a few milliseconds and memory: once, on first use.
const zxcvbn = () => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

export interface PasswordContext {
  email: string;
  name: string;
}

/** Why `password` is refused for this account, in a sentence for people; null when it is fine. */
export function checkPassword(password: string, { email, name }: PasswordContext): string | null {
  if (password.trim() === '') return PASSWORD_BLANK;
  const parts = emailParts(email);
  const lower = password.toLowerCase();
  if (parts.some((part) => part.length >= MIN_EMAIL_PART && lower.includes(part))) return PASSWORD_CONTAINS_EMAIL;

  const { score, feedback, sequence } = zxcvbn().check(password, [...parts, name, ...name.split(/\s+/)].filter(Boolean));
  if (score >= STRONG_SCORE || (score === ACCEPTABLE_SCORE && !feedback.warning)) return null;
  const common = sequence.some((match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords-common');
  return common ? PASSWORD_TOO_COMMON : PASSWORD_TOO_GUESSABLE;
}

/** The email, its local part, and the local part before a `+tag`, lower-cased. */
function emailParts(email: string): string[] {
  const whole = email.trim().toLowerCase();
  const at = whole.lastIndexOf('@');
  const local = at > 0 ? whole.slice(0, at) : whole;
  return [...new Set([whole, local, local.split('+')[0]])];
}
