'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { formatClock, useNow } from '@/components/ui/use-now';

/** How long the booking pass still works; asks for a fresh look at the pass when it runs out. */
export function PassTimer({ activeUntil, onExpire }: { activeUntil: string; onExpire: () => void }) {
  const t = useTranslations('queue');
  const now = useNow();
  const left = now === null ? null : new Date(activeUntil).getTime() - now;
  const over = left !== null && left <= 0;
  useEffect(() => {
    if (over) onExpire();
  }, [over, onExpire]);
  const urgent = left !== null && left < 60_000;
  return (
    <div
      className={`flex items-center gap-2 rounded-full px-3.5 py-1.5 text-sm font-semibold ring-1 ${
        urgent ? 'bg-danger-soft text-danger-fg ring-danger-line' : 'bg-accent-soft text-accent-soft-fg ring-accent-line'
      }`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${urgent ? 'animate-pulse bg-danger' : 'bg-accent'}`} />
      <span>{t('bookingPass')}</span>
      <span className="inline-block min-w-[4.5ch] text-right tabular-nums">{left === null ? '–:––' : formatClock(left)}</span>
      <span className="sr-only">{t('left')}</span>
    </div>
  );
}
