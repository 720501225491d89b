import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/ui/use-format';
import type { AdminReservation, AdminReservationStatus } from '@/lib/schemas/admin-console';
import { AdminRefundButton } from './admin-refund-button';

const BADGES: Record<AdminReservationStatus, string> = {
  HELD: 'bg-warning-soft text-warning-fg ring-warning-line',
  CONFIRMED: 'bg-success-soft text-success-fg ring-success-line',
  EXPIRED: 'bg-surface-muted text-fg-muted ring-line-strong',
  CANCELLED: 'bg-surface-muted text-fg-muted ring-line-strong',
  REFUNDED: 'bg-info-soft text-info-fg ring-info-line',
};

/** Every status a reservation can have, in the order the filter offers them (named by "reservationStatus"). */
export const STATUSES = Object.keys(BADGES) as AdminReservationStatus[];

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-fg-muted';

export function ReservationsTable({ items, titles }: { items: AdminReservation[]; titles: Map<string, string> }) {
  const t = useTranslations('refund');
  const tt = useTranslations('admin.reservationsTable');
  const statusName = useTranslations('reservationStatus');
  const format = useFormat();
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">{tt('caption')}</caption>
        <thead className="border-b border-line bg-surface-sunken">
          <tr>
            <th scope="col" className={TH}>
              {tt('colReserved')}
            </th>
            <th scope="col" className={TH}>
              {tt('colBuyer')}
            </th>
            <th scope="col" className={TH}>
              {tt('colConcert')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {tt('colSeat')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {tt('colPrice')}
            </th>
            <th scope="col" className={TH}>
              {tt('colStatus')}
            </th>
            <th scope="col" className={TH}>
              {tt('colHoldEnds')}
            </th>
            <th scope="col" className={TH}>
              {t('actions')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line-soft">
          {items.map((r) => (
            <tr key={r.id} className="hover:bg-surface-sunken">
              <td className="whitespace-nowrap px-3 py-2 text-fg-muted">{format.recent(r.createdAt)}</td>
              <td className="px-3 py-2 font-medium">{r.userEmail}</td>
              <td className="px-3 py-2">
                <span className="block max-w-72 truncate">{titles.get(r.concertId) ?? tt('unknownConcert')}</span>
                <span className="block text-xs text-fg-muted">{format.dateTime(r.startsAt)}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {tt('seat', { label: r.seatLabel })}
                {r.grade && <span className="block text-xs text-fg-muted">{r.grade}</span>}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{format.won(r.price)}</td>
              <td className="px-3 py-2">
                <span className={`rounded-full px-2.5 py-0.5 text-xs font-bold ring-1 ${BADGES[r.status]}`}>
                  {statusName(r.status)}
                </span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums text-fg-muted">
                {r.status === 'HELD' ? format.time(r.heldUntil) : '—'}
              </td>
              <td className="px-3 py-2">
                <AdminRefundButton reservation={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
