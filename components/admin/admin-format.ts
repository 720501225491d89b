import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

/** How long someone has waited, in the page's language: 0 → "none", 42 → "42 s", 125 → "2 min 5 s", 7300 → "2 h 1 min". */
export function useFormatWait(): (seconds: number) => string {
  const t = useTranslations('admin.wait');
  return useCallback(
    (seconds: number) => {
      if (seconds <= 0) return t('none');
      if (seconds < 60) return t('seconds', { seconds });
      if (seconds < 3600) return t('minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
      return t('hours', { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) });
    },
    [t],
  );
}
