'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { useAdminReservations, useSales } from '@/lib/query/admin';
import type { AdminReservationFilter } from '@/lib/schemas/admin-console';
import { ConcertDatePicker } from './concert-date-picker';
import { useAdminErrors } from './plain-errors';
import { ReservationsTable, STATUSES } from './reservations-table';
import { SalesTable } from './sales-table';
import { SelectField } from './select-field';
import { useUrlState } from './use-url-state';

/** Sales totals and every reservation, filtered by concert, date and status (kept in the URL). */
export function ReservationsBoard() {
  const t = useTranslations('admin.reservations');
  const statusName = useTranslations('reservationStatus');
  const { errorText } = useAdminErrors();
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
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
        <p className="text-sm text-fg-muted">{t('lead')}</p>
      </div>

      <form
        role="search"
        aria-label={t('filter')}
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
          label={t('status')}
          value={status ?? ''}
          onChange={(event) => setFilter({ status: event.target.value })}
          options={[{ value: '', label: t('anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: statusName(s) }))]}
          className="sm:w-44"
        />
      </form>

      <section aria-labelledby="sales-heading" className="flex flex-col gap-3">
        <h2 id="sales-heading" className="text-xl font-bold">
          {t('sales')}
        </h2>
        {sales.isError && <Alert>{t('salesFailed', { reason: errorText(sales.error) })}</Alert>}
        {sales.data && <SalesTable concerts={shown} scheduleId={scheduleId} total={concertId ? null : sales.data.totals} />}
      </section>

      <section aria-labelledby="reservations-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="reservations-heading" className="text-xl font-bold">
            {t('heading')}
          </h2>
          {reservations.data && <p className="text-sm text-fg-muted">{t('shown', { count: items.length })}</p>}
        </div>
        {reservations.isError && <Alert>{t('failed', { reason: errorText(reservations.error) })}</Alert>}
        {reservations.isPending ? (
          <p className="text-fg-muted">{t('loading')}</p>
        ) : items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-line-strong bg-surface px-4 py-8 text-center text-fg-muted">
            {t('empty')}
          </p>
        ) : (
          <ReservationsTable items={items} titles={titles} />
        )}
      </section>
    </div>
  );
}
