'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { useFormat } from '@/components/ui/use-format';
import { LIVE_MS, useAdminSeatMap, useSales } from '@/lib/query/admin';
import type { AdminSeatStatus } from '@/lib/schemas/admin-console';
import { AdminSeatGrid, SEAT_STYLES } from './admin-seat-grid';
import { CancelDateButton } from './cancel-date-button';
import { ConcertDatePicker } from './concert-date-picker';
import { useAdminErrors } from './plain-errors';
import { SeatHoldersTable } from './seat-holders-table';
import { useUrlState } from './use-url-state';

const LEGEND: AdminSeatStatus[] = ['AVAILABLE', 'HELD', 'SOLD'];

/** One date's seats, refreshed every 2 s: who holds or bought each and until when. */
export function SeatMapBoard() {
  const t = useTranslations('admin.seats');
  const format = useFormat();
  const { errorText } = useAdminErrors();
  const [url, setUrl] = useUrlState(['concert', 'date', 'created'] as const);
  const sales = useSales();
  const concerts = sales.data?.items ?? [];

  const concert = concerts.find((c) => c.concertId === url.concert) ?? concerts[0];
  const schedule = concert?.schedules.find((s) => s.scheduleId === url.date) ?? concert?.schedules[0];
  const seats = useAdminSeatMap(schedule?.scheduleId ?? null);
  const justCreated = url.created === '1' && concert;

  const choose = (concertId: string, scheduleId: string) => setUrl({ concert: concertId, date: scheduleId, created: '' });

  const counts = Object.fromEntries(
    LEGEND.map((status) => [status, (seats.data ?? []).filter((seat) => seat.status === status).length]),
  ) as Record<AdminSeatStatus, number>;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
        <p className="text-sm text-fg-muted">{t('lead', { seconds: LIVE_MS / 1000 })}</p>
      </div>

      {justCreated && <Alert tone="success">{t('created', { title: concert.title, count: concert.schedules.length })}</Alert>}
      {sales.isError && <Alert>{t('loadFailed', { reason: errorText(sales.error) })}</Alert>}

      <form aria-label={t('chooseDate')} className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <ConcertDatePicker
          concerts={concerts}
          concertId={concert?.concertId ?? ''}
          scheduleId={schedule?.scheduleId ?? ''}
          allowAll={false}
          onChange={choose}
        />
      </form>

      {sales.data && !concert && <p className="text-fg-muted">{t('empty')}</p>}

      {concert && schedule && (
        <section
          aria-labelledby="seat-map-heading"
          className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5 shadow-sm"
        >
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="seat-map-heading" className="text-xl font-bold">
                {concert.title}
              </h2>
              <p className="text-sm text-fg-muted">
                {concert.venue} · {format.dateTime(schedule.startsAt)}
              </p>
            </div>
            <ul aria-label={t('counts')} className="flex flex-wrap gap-4 text-sm">
              {LEGEND.map((status) => (
                <li key={status} className="flex items-center gap-2">
                  <span aria-hidden="true" className={`inline-block size-4 rounded ring-1 ${SEAT_STYLES[status]}`} />
                  {t(`legend.${status}`)} <span className="font-semibold tabular-nums">{format.count(counts[status])}</span>
                </li>
              ))}
            </ul>
            <CancelDateButton key={schedule.scheduleId} schedule={schedule} title={concert.title} />
          </div>
          {seats.isError && <Alert>{t('refreshFailed', { reason: errorText(seats.error) })}</Alert>}
          {seats.data ? <AdminSeatGrid seats={seats.data} /> : <p className="text-fg-muted">{t('loading')}</p>}
        </section>
      )}

      {seats.data && (
        <section aria-labelledby="holders-heading" className="flex flex-col gap-3">
          <h2 id="holders-heading" className="text-xl font-bold">
            {t('holdersHeading')}
          </h2>
          <SeatHoldersTable seats={seats.data} />
        </section>
      )}
    </div>
  );
}
