'use client';

import { useTranslations } from 'next-intl';
import { useNow } from '@/components/ui/use-now';

const WARN_BEFORE_MS = 60_000;

/**
 * A warning a minute before a booking pass or a hold runs out: on screen, and said once by
 * screen readers. The live region is always in the page (a region that appears with its text is
 * not reliably announced); the text in it changes only when the warning starts, not each second.
 */
export function ExpiryWarning({ deadline, variant }: { deadline: string | number | null; variant: 'pass' | 'hold' }) {
  const t = useTranslations('queue');
  const now = useNow();
  const left = deadline === null || now === null ? null : new Date(deadline).getTime() - now;
  const warn = left !== null && left > 0 && left <= WARN_BEFORE_MS;
  return (
    // While it has nothing to say it takes back the gap-6 of the column it stands in.
    <div aria-live="assertive" aria-atomic="true" data-testid={`${variant}-warning`} className="empty:-mb-6">
      {warn && (
        <p className="flex items-start gap-2 rounded-md border border-warning-line bg-warning-soft px-4 py-3 text-sm font-semibold text-warning-fg">
          <span aria-hidden="true">⏱</span>
          {variant === 'pass' ? t('passEndsSoon') : t('holdEndsSoon')}
        </p>
      )}
    </div>
  );
}
