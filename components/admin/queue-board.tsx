'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { smallButtonClass } from '@/components/ui/button';
import { useFormat } from '@/components/ui/use-format';
import { LIVE_MS, useQueueFigures, useQueueHistory } from '@/lib/query/admin';
import type { QueueFiguresView } from '@/lib/schemas/admin-console';
import { useFormatWait } from './admin-format';
import { useAdminErrors } from './plain-errors';
import { QueueChart } from './queue-chart';
import { QueueControls } from './queue-controls';
import { useUrlState } from './use-url-state';

/** Every concert's line at a glance, refreshed every 2 s, and the chosen one in detail. */
export function QueueBoard() {
  const t = useTranslations('admin.queues');
  const format = useFormat();
  const { errorText } = useAdminErrors();
  const figures = useQueueFigures();
  const [url, setUrl] = useUrlState(['concert'] as const);
  const queues = figures.data ?? [];
  const selected = queues.find((q) => q.concertId === url.concert) ?? queues[0] ?? null;
  const select = (concertId: string) => setUrl({ concert: concertId });

  const totals = queues.reduce(
    (sum, q) => ({
      waiting: sum.waiting + q.waiting,
      active: sum.active + q.active,
      admitted: sum.admitted + q.admittedLastMinute,
      paused: sum.paused + (q.paused ? 1 : 0),
    }),
    { waiting: 0, active: 0, admitted: 0, paused: 0 },
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
          <p className="text-sm text-fg-muted">{t('lead', { seconds: LIVE_MS / 1000 })}</p>
        </div>
        <LiveStamp at={figures.dataUpdatedAt} failed={figures.isError} />
      </div>

      {figures.isError && <Alert>{t('refreshFailed', { reason: errorText(figures.error) })}</Alert>}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t('statWaiting')} value={format.count(totals.waiting)} />
        <Stat label={t('statActive')} value={format.count(totals.active)} />
        <Stat label={t('statAdmitted')} value={format.count(totals.admitted)} />
        <Stat label={t('statPaused')} value={format.count(totals.paused)} tone={totals.paused ? 'warn' : undefined} />
      </dl>

      {figures.isPending ? (
        <p className="text-fg-muted">{t('loading')}</p>
      ) : queues.length === 0 ? (
        <p className="text-fg-muted">{t('empty')}</p>
      ) : (
        <QueueTable queues={queues} selectedId={selected?.concertId ?? null} onSelect={select} />
      )}

      {selected && <QueueDetail key={selected.concertId} queue={selected} />}
    </div>
  );
}

function LiveStamp({ at, failed }: { at: number; failed: boolean }) {
  const t = useTranslations('admin.queues');
  const format = useFormat();
  return (
    <p className="flex items-center gap-2 text-xs text-fg-muted" aria-live="off">
      <span aria-hidden="true" className={`size-2 rounded-full ${failed ? 'bg-warning' : 'animate-pulse bg-success'}`} />
      {at ? t('updated', { time: format.time(new Date(at)) }) : t('connecting')}
    </p>
  );
}

function Stat({ label, value, tone }: { label: string; value: string; tone?: 'warn' }) {
  return (
    <div
      className={`rounded-xl border bg-surface px-4 py-3 shadow-sm ${tone === 'warn' ? 'border-warning-line' : 'border-line'}`}
    >
      <dt className="text-xs font-medium uppercase tracking-wide text-fg-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}

function StateBadge({ paused }: { paused: boolean }) {
  const t = useTranslations('admin.queues');
  return paused ? (
    <span className="rounded-full bg-warning-soft px-2.5 py-0.5 text-xs font-bold text-warning-fg ring-1 ring-warning-line">
      {t('paused')}
    </span>
  ) : (
    <span className="rounded-full bg-success-soft px-2.5 py-0.5 text-xs font-bold text-success-fg ring-1 ring-success-line">
      {t('admitting')}
    </span>
  );
}

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-fg-muted';
const NUM = 'px-3 py-2 text-right tabular-nums';

function QueueTable(props: { queues: QueueFiguresView[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const t = useTranslations('admin.queues');
  const format = useFormat();
  const formatWait = useFormatWait();
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-line bg-surface-sunken">
          <tr>
            <th scope="col" className={TH}>
              {t('colConcert')}
            </th>
            <th scope="col" className={TH}>
              {t('colState')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colWaiting')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colActive')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colLimit')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colAdmitted')}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t('colOldest')}
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">{t('colDetails')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line-soft">
          {props.queues.map((q) => {
            const selected = q.concertId === props.selectedId;
            const full = q.active >= q.activeLimit;
            return (
              <tr key={q.concertId} className={selected ? 'bg-accent-soft/70' : 'hover:bg-surface-sunken'}>
                <th scope="row" className="max-w-64 truncate px-3 py-2 text-left font-semibold">
                  {q.title}
                </th>
                <td className="px-3 py-2">
                  <StateBadge paused={q.paused} />
                </td>
                <td className={`${NUM} font-semibold`}>{format.count(q.waiting)}</td>
                <td className={`${NUM} ${full ? 'font-semibold text-warning-fg' : ''}`}>{format.count(q.active)}</td>
                <td className={NUM}>{format.count(q.activeLimit)}</td>
                <td className={NUM}>{format.count(q.admittedLastMinute)}</td>
                <td className={NUM}>{formatWait(q.oldestWaitSeconds)}</td>
                <td className="px-3 py-2 text-right">
                  <button
                    type="button"
                    onClick={() => props.onSelect(q.concertId)}
                    aria-pressed={selected}
                    aria-label={t('manageConcert', { title: q.title })}
                    className="rounded-md px-2.5 py-1 text-xs font-semibold text-accent-fg ring-1 ring-accent-line hover:bg-accent-soft aria-pressed:bg-accent aria-pressed:text-on-accent"
                  >
                    {t('manage')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function QueueDetail({ queue }: { queue: QueueFiguresView }) {
  const t = useTranslations('admin.queues');
  const { errorText } = useAdminErrors();
  const formatWait = useFormatWait();
  const history = useQueueHistory(queue.concertId);
  const tSale = useTranslations('sale.admin');
  return (
    <section
      aria-labelledby={`detail-${queue.concertId}`}
      className="grid gap-6 rounded-2xl border border-line bg-surface p-5 shadow-sm lg:grid-cols-[1fr_18rem]"
    >
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id={`detail-${queue.concertId}`} className="text-xl font-bold">
            {queue.title}
          </h2>
          <StateBadge paused={queue.paused} />
        </div>
        <p className="text-sm text-fg-muted">
          {t('summary', {
            waiting: queue.waiting,
            active: queue.active,
            limit: queue.activeLimit,
            admitted: queue.admittedLastMinute,
            oldest: formatWait(queue.oldestWaitSeconds),
          })}
        </p>
        {history.data ? (
          <QueueChart points={history.data.points} stepSeconds={history.data.stepSeconds} />
        ) : history.isError ? (
          <Alert>{t('historyFailed', { reason: errorText(history.error) })}</Alert>
        ) : (
          <p className="text-sm text-fg-muted">{t('historyLoading')}</p>
        )}
      </div>
      <div className="border-t border-line pt-5 lg:border-l lg:border-t-0 lg:pl-6 lg:pt-0">
        <h3 className="mb-3 font-semibold">{t('controls')}</h3>
        <QueueControls queue={queue} />
        <Link href={`/admin/concerts/${queue.concertId}`} className={`mt-5 ${smallButtonClass.secondary}`}>
          {tSale('editConcert')}
        </Link>
      </div>
    </section>
  );
}
