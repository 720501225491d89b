import { useTranslations } from 'next-intl';
import { formatSeoulDateTime, formatWon } from '@/lib/format/format';
import type { AdminReservation, AdminReservationStatus } from '@/lib/schemas/admin-console';
import { formatSeoulShort, formatSeoulTime } from '@/lib/format/format';
import { AdminRefundButton } from './admin-refund-button';

const BADGES: Record<AdminReservationStatus, { label: string; style: string }> = {
  HELD: { label: 'Held', style: 'bg-amber-100 text-amber-900 ring-amber-300' },
  CONFIRMED: { label: 'Confirmed', style: 'bg-emerald-100 text-emerald-900 ring-emerald-300' },
  EXPIRED: { label: 'Expired', style: 'bg-slate-100 text-slate-600 ring-slate-300' },
  CANCELLED: { label: 'Cancelled', style: 'bg-slate-100 text-slate-600 ring-slate-300' },
  REFUNDED: { label: 'Refunded', style: 'bg-sky-100 text-sky-900 ring-sky-300' },
};

export const STATUS_LABELS = Object.fromEntries(Object.entries(BADGES).map(([status, badge]) => [status, badge.label])) as Record<
  AdminReservationStatus,
  string
>;

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500';

export function ReservationsTable({ items, titles }: { items: AdminReservation[]; titles: Map<string, string> }) {
  const t = useTranslations('refund');
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Reservations, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Reserved
            </th>
            <th scope="col" className={TH}>
              Buyer
            </th>
            <th scope="col" className={TH}>
              Concert and date
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Seat
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Price
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={TH}>
              Hold ends
            </th>
            <th scope="col" className={TH}>
              {t('actions')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((r) => (
            <tr key={r.id} className="hover:bg-slate-50">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatSeoulShort(r.createdAt)}</td>
              <td className="px-3 py-2 font-medium">{r.userEmail}</td>
              <td className="px-3 py-2">
                <span className="block max-w-72 truncate">{titles.get(r.concertId) ?? 'Unknown concert'}</span>
                <span className="block text-xs text-slate-500">{formatSeoulDateTime(r.startsAt)}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                Seat {r.seatLabel}
                {r.grade && <span className="block text-xs text-slate-500">{r.grade}</span>}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatWon(r.price)}</td>
              <td className="px-3 py-2">
                <span className={`rounded-full px-2.5 py-0.5 text-xs font-bold ring-1 ${BADGES[r.status].style}`}>
                  {BADGES[r.status].label}
                </span>
              </td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums text-slate-600">
                {r.status === 'HELD' ? formatSeoulTime(r.heldUntil) : '—'}
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
