'use client';

import { Alert } from '@/components/ui/alert';
import { LIVE_MS, useQueueFigures, useQueueHistory } from '@/lib/query/admin';
import type { QueueFiguresView } from '@/lib/schemas/admin-console';
import { formatWait } from './admin-format';
import { formatCount, formatSeoulTime } from '@/lib/format/format';
import { errorText } from './plain-errors';
import { QueueChart } from './queue-chart';
import { QueueControls } from './queue-controls';
import { useUrlState } from './use-url-state';

/** Every concert's line at a glance, refreshed every 2 s, and the chosen one in detail. */
export function QueueBoard() {
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
          <h1 className="text-3xl font-extrabold tracking-tight">Live queues</h1>
          <p className="text-sm text-slate-600">Every concert&apos;s waiting room, refreshed every {LIVE_MS / 1000} seconds.</p>
        </div>
        <LiveStamp at={figures.dataUpdatedAt} failed={figures.isError} />
      </div>

      {figures.isError && (
        <Alert>Could not refresh the queues: {errorText(figures.error)} The figures below may be out of date.</Alert>
      )}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Waiting in all lines" value={formatCount(totals.waiting)} />
        <Stat label="Booking now" value={formatCount(totals.active)} />
        <Stat label="Admitted in the last minute" value={formatCount(totals.admitted)} />
        <Stat label="Lines paused" value={formatCount(totals.paused)} tone={totals.paused ? 'warn' : undefined} />
      </dl>

      {figures.isPending ? (
        <p className="text-slate-600">Loading the queues…</p>
      ) : queues.length === 0 ? (
        <p className="text-slate-600">No concerts yet.</p>
      ) : (
        <QueueTable queues={queues} selectedId={selected?.concertId ?? null} onSelect={select} />
      )}

      {selected && <QueueDetail key={selected.concertId} queue={selected} />}
    </div>
  );
}

function LiveStamp({ at, failed }: { at: number; failed: boolean }) {
  return (
    <p className="flex items-center gap-2 text-xs text-slate-500" aria-live="off">
      <span aria-hidden="true" className={`size-2 rounded-full ${failed ? 'bg-amber-500' : 'animate-pulse bg-emerald-500'}`} />
      {at ? `Updated ${formatSeoulTime(new Date(at))}` : 'Connecting…'}
    </p>
  );
}

function Stat({ label, value, tone }: { label: string; value: string; tone?: 'warn' }) {
  return (
    <div
      className={`rounded-xl border bg-white px-4 py-3 shadow-sm ${tone === 'warn' ? 'border-amber-300' : 'border-slate-200'}`}
    >
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}

function StateBadge({ paused }: { paused: boolean }) {
  return paused ? (
    <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-bold text-amber-900 ring-1 ring-amber-300">Paused</span>
  ) : (
    <span className="rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-bold text-emerald-900 ring-1 ring-emerald-300">
      Admitting
    </span>
  );
}

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500';
const NUM = 'px-3 py-2 text-right tabular-nums';

function QueueTable(props: { queues: QueueFiguresView[]; selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Queues by concert</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Concert
            </th>
            <th scope="col" className={TH}>
              State
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Waiting
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Active
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Limit
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Admitted / min
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Oldest wait
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">Details</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.queues.map((q) => {
            const selected = q.concertId === props.selectedId;
            const full = q.active >= q.activeLimit;
            return (
              <tr key={q.concertId} className={selected ? 'bg-indigo-50/70' : 'hover:bg-slate-50'}>
                <th scope="row" className="max-w-64 truncate px-3 py-2 text-left font-semibold">
                  {q.title}
                </th>
                <td className="px-3 py-2">
                  <StateBadge paused={q.paused} />
                </td>
                <td className={`${NUM} font-semibold`}>{formatCount(q.waiting)}</td>
                <td className={`${NUM} ${full ? 'font-semibold text-amber-700' : ''}`}>{formatCount(q.active)}</td>
                <td className={NUM}>{formatCount(q.activeLimit)}</td>
                <td className={NUM}>{formatCount(q.admittedLastMinute)}</td>
                <td className={NUM}>{formatWait(q.oldestWaitSeconds)}</td>
                <td className="px-3 py-2 text-right">
                  <button
                    type="button"
                    onClick={() => props.onSelect(q.concertId)}
                    aria-pressed={selected}
                    aria-label={`Manage ${q.title}`}
                    className="rounded-md px-2.5 py-1 text-xs font-semibold text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50 aria-pressed:bg-indigo-600 aria-pressed:text-white"
                  >
                    Manage
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
  const history = useQueueHistory(queue.concertId);
  return (
    <section
      aria-labelledby={`detail-${queue.concertId}`}
      className="grid gap-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm lg:grid-cols-[1fr_18rem]"
    >
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id={`detail-${queue.concertId}`} className="text-xl font-bold">
            {queue.title}
          </h2>
          <StateBadge paused={queue.paused} />
        </div>
        <p className="text-sm text-slate-600">
          {formatCount(queue.waiting)} waiting · {formatCount(queue.active)} of {formatCount(queue.activeLimit)} booking ·{' '}
          {formatCount(queue.admittedLastMinute)} admitted in the last minute · oldest wait {formatWait(queue.oldestWaitSeconds)}
        </p>
        {history.data ? (
          <QueueChart points={history.data.points} stepSeconds={history.data.stepSeconds} />
        ) : history.isError ? (
          <Alert>Could not load the line&apos;s history: {errorText(history.error)}</Alert>
        ) : (
          <p className="text-sm text-slate-500">Loading the last 15 minutes…</p>
        )}
      </div>
      <div className="border-t border-slate-200 pt-5 lg:border-l lg:border-t-0 lg:pl-6 lg:pt-0">
        <h3 className="mb-3 font-semibold">Controls</h3>
        <QueueControls queue={queue} />
      </div>
    </section>
  );
}
