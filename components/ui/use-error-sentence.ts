import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { errorKey } from '@/lib/query/errors';
import { MAX_HOLDS_PER_USER } from '@/lib/schemas/booking';

type ErrorKey = Parameters<ReturnType<typeof useTranslations<'errors'>>>[0];

/** A sentence in the page's language for any error a query or mutation throws (catalog "errors"). */
export function useErrorSentence(): (error: unknown) => string {
  const t = useTranslations('errors');
  return useCallback((error: unknown) => t(errorKey(error) as ErrorKey, { max: MAX_HOLDS_PER_USER }), [t]);
}
