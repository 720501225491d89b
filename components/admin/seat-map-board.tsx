'use client';

import { Alert } from '@/components/ui/alert';
import { formatSeoulDateTime } from '@/lib/format/format';
import { LIVE_MS, useAdminSeatMap, useSales } from '@/lib/query/admin';
import type { AdminSeatStatus } from '@/lib/schemas/admin-console';
import { formatCount } from '@/lib/format/format';
import { AdminSeatGrid, SEAT_STYLES } from './admin-seat-grid';
import { CancelDateButton } from './cancel-date-button';
import { ConcertDatePicker } from './concert-date-picker';
import { errorText } from './plain-errors';
import { SeatHoldersTable } from './seat-holders-table';
import { useUrlState } from './use-url-state';

const LEGEND: { status: AdminSeatStatus; label: string }[] = [
  { status: 'AVAILABLE', label: 'Available' },
  { status: 'HELD', label: 'Held' },
  { status: 'SOLD', label: 'Sold' },
];

/** One date's seats, refreshed every 2 s: who holds or bought each and until when. */
export function SeatMapBoard() {
  const [url, setUrl] = useUrlState(['concert', 'date', 'created'] as const);
  const sales = useSales();
  const concerts = sales.data?.items ?? [];

  const concert = concerts.find((c) => c.concertId === url.concert) ?? concerts[0];
  const schedule = concert?.schedules.find((s) => s.scheduleId === url.date) ?? concert?.schedules[0];
  const seats = useAdminSeatMap(schedule?.scheduleId ?? null);
  const justCreated = url.created === '1' && concert;

  const choose = (concertId: string, scheduleId: string) => setUrl({ concert: concertId, date: scheduleId, created: '' });

  const counts = Object.fromEntries(
    LEGEND.map(({ status }) => [status, (seats.data ?? []).filter((seat) => seat.status === status).length]),
  ) as Record<AdminSeatStatus, number>;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-extrabold tracking-tight">Seat maps</h1>
        <p className="text-sm text-slate-600">
          Who holds or bought each seat, refreshed every {LIVE_MS / 1000} seconds. Times in Seoul.
        </p>
      </div>

      {justCreated && (
        <Alert tone="success">
          “{concert.title}” is on sale with {concert.schedules.length} {concert.schedules.length === 1 ? 'date' : 'dates'}.
        </Alert>
      )}
      {sales.isError && <Alert>Could not load the concerts: {errorText(sales.error)}</Alert>}

      <form aria-label="Choose a date" className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <ConcertDatePicker
          concerts={concerts}
          concertId={concert?.concertId ?? ''}
          scheduleId={schedule?.scheduleId ?? ''}
          allowAll={false}
          onChange={choose}
        />
      </form>

      {sales.data && !concert && <p className="text-slate-600">No concerts yet.</p>}

      {concert && schedule && (
        <section
          aria-labelledby="seat-map-heading"
          className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm"
        >
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="seat-map-heading" className="text-xl font-bold">
                {concert.title}
              </h2>
              <p className="text-sm text-slate-600">
                {concert.venue} · {formatSeoulDateTime(schedule.startsAt)}
              </p>
            </div>
            <CancelDateButton key={schedule.scheduleId} schedule={schedule} title={concert.title} />
            <ul aria-label="Seat counts" className="flex flex-wrap gap-4 text-sm">
              {LEGEND.map(({ status, label }) => (
                <li key={status} className="flex items-center gap-2">
                  <span aria-hidden="true" className={`inline-block size-4 rounded ring-1 ${SEAT_STYLES[status]}`} />
                  {label} <span className="font-semibold tabular-nums">{formatCount(counts[status])}</span>
                </li>
              ))}
            </ul>
          </div>
          {seats.isError && <Alert>Could not refresh the seats: {errorText(seats.error)}</Alert>}
          {seats.data ? <AdminSeatGrid seats={seats.data} /> : <p className="text-slate-600">Loading seats…</p>}
        </section>
      )}

      {seats.data && (
        <section aria-labelledby="holders-heading" className="flex flex-col gap-3">
          <h2 id="holders-heading" className="text-xl font-bold">
            Held and sold seats
          </h2>
          <SeatHoldersTable seats={seats.data} />
        </section>
      )}
    </div>
  );
}
