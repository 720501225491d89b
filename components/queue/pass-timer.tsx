'use client';

import { useEffect } from 'react';
import { formatClock, useNow } from '@/components/ui/use-now';

/** How long the booking pass still works; asks for a fresh look at the pass when it runs out. */
export function PassTimer({ activeUntil, onExpire }: { activeUntil: string; onExpire: () => void }) {
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
        urgent ? 'bg-rose-50 text-rose-800 ring-rose-200' : 'bg-indigo-50 text-indigo-900 ring-indigo-200'
      }`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${urgent ? 'animate-pulse bg-rose-500' : 'bg-indigo-500'}`} />
      <span>Booking pass</span>
      <span className="inline-block min-w-[4.5ch] text-right tabular-nums">{left === null ? '–:––' : formatClock(left)}</span>
      <span className="sr-only">left</span>
    </div>
  );
}
