import { useLocale } from 'next-intl';
import { useMemo } from 'react';
import { formatters, type Formatters } from '@/lib/format/format';

/**
 * Won, dates and times in the page's language, always in Seoul time (lib/format/format.ts).
 * A hook without 'use client': it works in client components and in server components that
 * are not async (next-intl's useLocale serves both).
 */
export function useFormat(): Formatters {
  const locale = useLocale();
  return useMemo(() => formatters(locale), [locale]);
}
