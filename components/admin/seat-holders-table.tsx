'use client';

import { formatClock, useNow } from '@/components/ui/use-now';
import { formatWon } from '@/lib/format/format';
import type { AdminSeat } from '@/lib/schemas/admin-console';
import { formatSeoulTime } from '@/lib/format/format';

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500';

/** The seats someone holds or bought: who, and until when a hold lasts (with a live countdown). */
export function SeatHoldersTable({ seats }: { seats: AdminSeat[] }) {
  const now = useNow();
  const taken = seats.filter((seat) => seat.status !== 'AVAILABLE');
  if (taken.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-slate-600">
        Nobody holds or has bought a seat of this date yet.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Held and sold seats</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Seat
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={TH}>
              Holder
            </th>
            <th scope="col" className={TH}>
              Email
            </th>
            <th scope="col" className={TH}>
              Held until
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Price
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {taken.map((seat) => (
            <tr key={seat.id}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-semibold tabular-nums">
                Seat {seat.label}
                {seat.grade && <span className="ml-1.5 text-xs font-normal text-slate-500">{seat.grade}</span>}
              </th>
              <td className="px-3 py-2">
                {seat.status === 'HELD' ? (
                  <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-bold text-amber-900 ring-1 ring-amber-300">
                    Held
                  </span>
                ) : (
                  <span className="rounded-full bg-indigo-100 px-2.5 py-0.5 text-xs font-bold text-indigo-900 ring-1 ring-indigo-300">
                    Sold
                  </span>
                )}
              </td>
              <td className="px-3 py-2">{seat.holder?.name ?? '—'}</td>
              <td className="px-3 py-2 font-medium">{seat.holder?.email ?? '—'}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums text-slate-700">
                {seat.heldUntil ? (
                  <>
                    {formatSeoulTime(seat.heldUntil)}
                    {now !== null && (
                      <span className="ml-2 text-xs text-slate-500">
                        ({formatClock(new Date(seat.heldUntil).getTime() - now)} left)
                      </span>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatWon(seat.price)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
