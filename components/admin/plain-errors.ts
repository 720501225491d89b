import { ApiError } from '@/lib/query/api-fetch';
import { errorSentence } from '@/lib/query/errors';

const number = new Intl.NumberFormat('en-US');

/**
 * The API's validation messages in words an admin can act on. Most already are (the schemas
 * say "Enter the title"); zod's built-in ones ("Too small: expected number to be >=1") are not.
 */
export function plainMessage(message: string): string {
  const small = /^Too small: expected (?:number|int) to be >=?(\d+)/.exec(message);
  if (small) return `Must be at least ${number.format(Number(small[1]))}`;
  const big = /^Too big: expected (?:number|int) to be <=?(\d+)/.exec(message);
  if (big) return `Must be at most ${number.format(Number(big[1]))}`;
  if (/expected number, received/.test(message)) return 'Enter a number';
  if (/expected string, received/.test(message)) return 'Fill this in';
  if (/ISO|datetime/i.test(message)) return 'Enter a date and time';
  return message;
}

/** A VALIDATION_FAILED answer as { path: plain message }, the first message of each path. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return {};
  const fields: Record<string, string> = {};
  for (const { path, message } of error.errors) fields[path] ??= plainMessage(message);
  return fields;
}

/** One sentence for any failed request: the field's own message when there is one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.errors.length > 0) {
    return plainMessage(error.errors[0].message);
  }
  return errorSentence(error);
}
