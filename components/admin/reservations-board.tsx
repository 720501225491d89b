'use client';

import { Alert } from '@/components/ui/alert';
import { useAdminReservations, useSales } from '@/lib/query/admin';
import type { AdminReservationFilter, AdminReservationStatus } from '@/lib/schemas/admin-console';
import { formatCount } from '@/lib/format/format';
import { ConcertDatePicker } from './concert-date-picker';
import { errorText } from './plain-errors';
import { ReservationsTable, STATUS_LABELS } from './reservations-table';
import { SalesTable } from './sales-table';
import { SelectField } from './select-field';
import { useUrlState } from './use-url-state';

const STATUSES = Object.keys(STATUS_LABELS) as AdminReservationStatus[];

/** Sales totals and every reservation, filtered by concert, date and status (kept in the URL). */
export function ReservationsBoard() {
  const [url, setFilter] = useUrlState(['concert', 'date', 'status'] as const);
  const sales = useSales();
  const concerts = sales.data?.items ?? [];

  const concertId = url.concert;
  const scheduleId = url.date;
  const status = STATUSES.find((s) => s === url.status);
  const filter: AdminReservationFilter = {
    ...(concertId ? { concertId } : {}),
    ...(scheduleId ? { scheduleId } : {}),
    ...(status ? { status } : {}),
  };
  const reservations = useAdminReservations(filter);

  const shown = concertId ? concerts.filter((c) => c.concertId === concertId) : concerts;
  const titles = new Map(concerts.map((c) => [c.concertId, c.title]));
  const items = reservations.data?.items ?? [];

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-extrabold tracking-tight">Reservations and sales</h1>
        <p className="text-sm text-slate-600">Prices in won, times in Seoul. Refreshed every few seconds.</p>
      </div>

      <form
        role="search"
        aria-label="Filter reservations"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => e.preventDefault()}
      >
        <ConcertDatePicker
          concerts={concerts}
          concertId={concertId}
          scheduleId={scheduleId}
          allowAll
          onChange={(concert, date) => setFilter({ concert, date })}
        />
        <SelectField
          label="Status"
          value={status ?? ''}
          onChange={(event) => setFilter({ status: event.target.value })}
          options={[{ value: '', label: 'Any status' }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]}
          className="sm:w-44"
        />
      </form>

      <section aria-labelledby="sales-heading" className="flex flex-col gap-3">
        <h2 id="sales-heading" className="text-xl font-bold">
          Sales
        </h2>
        {sales.isError && <Alert>Could not load the sales totals: {errorText(sales.error)}</Alert>}
        {sales.data && <SalesTable concerts={shown} scheduleId={scheduleId} total={concertId ? null : sales.data.totals} />}
      </section>

      <section aria-labelledby="reservations-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="reservations-heading" className="text-xl font-bold">
            Reservations
          </h2>
          {reservations.data && <p className="text-sm text-slate-600">{formatCount(items.length)} shown, newest first</p>}
        </div>
        {reservations.isError && <Alert>Could not load the reservations: {errorText(reservations.error)}</Alert>}
        {reservations.isPending ? (
          <p className="text-slate-600">Loading reservations…</p>
        ) : items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-600">
            No reservations match these filters yet.
          </p>
        ) : (
          <ReservationsTable items={items} titles={titles} />
        )}
      </section>
    </div>
  );
}
