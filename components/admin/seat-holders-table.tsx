'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/ui/use-format';
import { formatClock, useNow } from '@/components/ui/use-now';
import type { AdminSeat } from '@/lib/schemas/admin-console';

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-fg-muted';

/** The seats someone holds or bought: who, and until when a hold lasts (with a live countdown). */
export function SeatHoldersTable({ seats }: { seats: AdminSeat[] }) {
  const t = useTranslations('admin.seats.holders');
  const legend = useTranslations('admin.seats.legend');
  const format = useFormat();
  const now = useNow();
  const taken = seats.filter((seat) => seat.status !== 'AVAILABLE');
  if (taken.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line-strong bg-surface px-4 py-6 text-center text-fg-muted">
        {t('none')}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-line bg-surface-sunken">
          <tr>
            <th scope="col" className={TH}>
              {t('colSeat')}
            </th>
            <th scope="col" className={TH}>
              {t('colStatus')}
            </th>
            <th scope="col" className={TH}>
              {t('colHolder')}
            </th>
            <th scope="col" className={TH}>
              {t('colEmail')}
            </th>
            <th scope="col" className={TH}>
              {t('colUntil')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colPrice')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line-soft">
          {taken.map((seat) => (
            <tr key={seat.id}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-semibold tabular-nums">
                {t('seat', { label: seat.label })}
                {seat.grade && <span className="ml-1.5 text-xs font-normal text-fg-muted">{seat.grade}</span>}
              </th>
              <td className="px-3 py-2">
                {seat.status === 'HELD' ? (
                  <span className="rounded-full bg-warning-soft px-2.5 py-0.5 text-xs font-bold text-warning-fg ring-1 ring-warning-line">
                    {legend('HELD')}
                  </span>
                ) : (
                  <span className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-bold text-accent-soft-fg ring-1 ring-accent-line">
                    {legend('SOLD')}
                  </span>
                )}
              </td>
              <td className="px-3 py-2">{seat.holder?.name ?? '—'}</td>
              <td className="px-3 py-2 font-medium">{seat.holder?.email ?? '—'}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums text-fg-soft">
                {seat.heldUntil ? (
                  <>
                    {format.time(seat.heldUntil)}
                    {now !== null && (
                      <span className="ml-2 text-xs text-fg-muted">
                        ({t('left', { time: formatClock(new Date(seat.heldUntil).getTime() - now) })})
                      </span>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{format.won(seat.price)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
