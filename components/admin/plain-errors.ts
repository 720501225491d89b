import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { ApiError } from '@/lib/query/api-fetch';

type AdminErrorKey = Parameters<ReturnType<typeof useTranslations<'admin.errors'>>>[0];

/**
 * What the console says of one of the API's validation messages (English, for developers): the
 * zod schemas' own sentences and zod's built-in ones, recognised by their shape. Anything else
 * is "check this value", never English on a Korean page.
 */
export function messageKey(message: string): { key: AdminErrorKey; values?: Record<string, number> } {
  const number = (pattern: RegExp) => Number(pattern.exec(message)?.[1]);
  if (/^Too small: expected (?:number|int) to be >=?(\d+)/.test(message))
    return { key: 'atLeast', values: { min: number(/(\d+)/) } };
  if (/^Too big: expected (?:number|int) to be <=?(\d+)/.test(message))
    return { key: 'atMost', values: { max: number(/(\d+)/) } };
  if (/^Too big: expected array/.test(message) || /^At most \d+ (?:rows|dates)$/.test(message))
    return { key: 'atMostItems', values: { max: number(/(\d+)/) } };
  if (/at most (\d+) characters/.test(message) || /^Too big: expected string/.test(message))
    return { key: 'maxChars', values: { max: number(/(\d+)/) } };
  if (/^Enter a grade/.test(message)) return { key: 'grade' };
  if (/^Enter the |^Too small: expected string|expected string, received/.test(message)) return { key: 'required' };
  if (/whole number/.test(message)) return { key: 'wholeNumber' };
  if (/expected number, received/.test(message)) return { key: 'number' };
  if (/same time/.test(message)) return { key: 'sameTime' };
  if (/future|past|to come/i.test(message)) return { key: 'future' };
  if (/ISO|datetime|date and time/i.test(message)) return { key: 'dateTime' };
  if (/at least one date/.test(message)) return { key: 'needDate' };
  if (/row/i.test(message)) return { key: 'needRow' };
  return { key: 'invalid' };
}

/** A VALIDATION_FAILED answer as { path: sentence }, the first message of each path, worded by `say`. */
export function fieldErrorsOf(error: unknown, say: (message: string) => string): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return {};
  const fields: Record<string, string> = {};
  for (const { path, message } of error.errors) fields[path] ??= say(message);
  return fields;
}

/** The console's error words in the page's language: per field of a 400, and one sentence for any failure. */
export function useAdminErrors() {
  const t = useTranslations('admin.errors');
  const sentence = useErrorSentence();
  return useMemo(() => {
    const say = (message: string) => {
      const { key, values } = messageKey(message);
      return t(key, values);
    };
    return {
      fieldErrors: (error: unknown) => fieldErrorsOf(error, say),
      /** One sentence for any failed request: the field's own message when there is one. */
      errorText(error: unknown): string {
        if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.errors.length > 0)
          return say(error.errors[0].message);
        return sentence(error);
      },
    };
  }, [t, sentence]);
}
