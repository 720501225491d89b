import { formatSeoulDateTime, formatWon } from '@/lib/format/format';
import type { ConcertSales, SalesFigures } from '@/lib/schemas/admin-console';
import { formatCount } from '@/lib/format/format';

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500';
const NUM = 'px-3 py-2 text-right tabular-nums';

function SoldBar({ figures }: { figures: SalesFigures }) {
  const total = Math.max(figures.totalSeats, 1);
  return (
    <span aria-hidden="true" className="flex h-1.5 w-24 overflow-hidden rounded-full bg-slate-100">
      <span className="bg-emerald-500" style={{ width: `${(figures.seatsSold / total) * 100}%` }} />
      <span className="bg-amber-400" style={{ width: `${(figures.held / total) * 100}%` }} />
    </span>
  );
}

function Cells({ figures, strong }: { figures: SalesFigures; strong?: boolean }) {
  return (
    <>
      <td className={`${NUM} ${strong ? 'font-semibold' : ''}`}>
        <span className="flex items-center justify-end gap-3">
          <SoldBar figures={figures} />
          <span className="min-w-20">
            {formatCount(figures.seatsSold)} / {formatCount(figures.totalSeats)}
          </span>
        </span>
      </td>
      <td className={NUM}>{formatCount(figures.held)}</td>
      <td className={`${NUM} ${strong ? 'font-semibold' : ''}`}>{formatWon(figures.revenue)}</td>
    </>
  );
}

/** Seats sold, live holds and revenue per concert and date, with a grand total. */
export function SalesTable({
  concerts,
  scheduleId,
  total,
}: {
  concerts: ConcertSales[];
  scheduleId: string;
  total: SalesFigures | null;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Sales per concert and date</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Concert and date (Seoul)
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Seats sold
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Held
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Revenue
            </th>
          </tr>
        </thead>
        {concerts.map((concert) => (
          <tbody key={concert.concertId} className="border-b border-slate-200">
            <tr className="bg-slate-50/60">
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                {concert.title} <span className="font-normal text-slate-500">· {concert.venue}</span>
              </th>
              <Cells figures={concert} strong />
            </tr>
            {concert.schedules
              .filter((s) => !scheduleId || s.scheduleId === scheduleId)
              .map((schedule) => (
                <tr key={schedule.scheduleId}>
                  <th scope="row" className="px-3 py-1.5 pl-8 text-left font-normal text-slate-700">
                    {formatSeoulDateTime(schedule.startsAt)}
                  </th>
                  <Cells figures={schedule} />
                </tr>
              ))}
          </tbody>
        ))}
        {total && (
          <tfoot className="bg-indigo-50/60">
            <tr>
              <th scope="row" className="px-3 py-2 text-left font-bold">
                All concerts
              </th>
              <Cells figures={total} strong />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
