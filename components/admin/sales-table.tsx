import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/ui/use-format';
import type { ConcertSales, SalesFigures } from '@/lib/schemas/admin-console';

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-fg-muted';
const NUM = 'px-3 py-2 text-right tabular-nums';

function SoldBar({ figures }: { figures: SalesFigures }) {
  const total = Math.max(figures.totalSeats, 1);
  return (
    <span aria-hidden="true" className="flex h-1.5 w-24 overflow-hidden rounded-full bg-surface-muted">
      <span className="bg-success" style={{ width: `${(figures.seatsSold / total) * 100}%` }} />
      <span className="bg-warning" style={{ width: `${(figures.held / total) * 100}%` }} />
    </span>
  );
}

function Cells({ figures, strong }: { figures: SalesFigures; strong?: boolean }) {
  const format = useFormat();
  return (
    <>
      <td className={`${NUM} ${strong ? 'font-semibold' : ''}`}>
        <span className="flex items-center justify-end gap-3">
          <SoldBar figures={figures} />
          <span className="min-w-20">
            {format.count(figures.seatsSold)} / {format.count(figures.totalSeats)}
          </span>
        </span>
      </td>
      <td className={NUM}>{format.count(figures.held)}</td>
      <td className={`${NUM} ${strong ? 'font-semibold' : ''}`}>{format.won(figures.revenue)}</td>
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
  const t = useTranslations('admin.sales');
  const format = useFormat();
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-line bg-surface-sunken">
          <tr>
            <th scope="col" className={TH}>
              {t('colConcert')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colSold')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colHeld')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colRevenue')}
            </th>
          </tr>
        </thead>
        {concerts.map((concert) => (
          <tbody key={concert.concertId} className="border-b border-line">
            <tr className="bg-surface-sunken/60">
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                {concert.title} <span className="font-normal text-fg-muted">· {concert.venue}</span>
              </th>
              <Cells figures={concert} strong />
            </tr>
            {concert.schedules
              .filter((s) => !scheduleId || s.scheduleId === scheduleId)
              .map((schedule) => (
                <tr key={schedule.scheduleId}>
                  <th scope="row" className="px-3 py-1.5 pl-8 text-left font-normal text-fg-soft">
                    {format.dateTime(schedule.startsAt)}
                  </th>
                  <Cells figures={schedule} />
                </tr>
              ))}
          </tbody>
        ))}
        {total && (
          <tfoot className="bg-accent-soft/60">
            <tr>
              <th scope="row" className="px-3 py-2 text-left font-bold">
                {t('all')}
              </th>
              <Cells figures={total} strong />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
