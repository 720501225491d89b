'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useUpdateQueueSettings } from '@/lib/query/admin';
import type { QueueFiguresView } from '@/lib/schemas/admin-console';
import { formatCount } from '@/lib/format/format';
import { ConfirmDialog } from './confirm-dialog';
import { errorText, fieldErrors } from './plain-errors';
import { smallButtonClass } from '@/components/ui/button';

type Asking = 'limit' | 'pause' | 'resume' | null;

/** Change a concert's active limit, pause or resume its admission: each after a confirmation. */
export function QueueControls({ queue }: { queue: QueueFiguresView }) {
  const update = useUpdateQueueSettings(queue.concertId);
  const [limitText, setLimitText] = useState(String(queue.activeLimit));
  const [asking, setAsking] = useState<Asking>(null);
  const [done, setDone] = useState<string | null>(null);

  // Whatever was typed goes to the API, which says in its own words what is wrong with it; an
  // empty or unreadable field goes as null ("Enter a number").
  const typed = limitText.trim() === '' || Number.isNaN(Number(limitText)) ? null : Number(limitText);
  const limitError = fieldErrors(update.error).activeLimit;
  const otherError = update.error && !limitError ? errorText(update.error) : null;

  function confirm() {
    const change = asking === 'limit' ? { activeLimit: typed } : { paused: asking === 'pause' };
    setAsking(null);
    setDone(null);
    update.mutate(change, {
      onSuccess: (result) =>
        setDone(
          'activeLimit' in change
            ? `The limit is now ${formatCount(result.activeLimit)}.`
            : result.paused
              ? 'Admission is paused.'
              : 'Admission resumed.',
        ),
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setAsking('limit');
        }}
        className="flex flex-col gap-1"
      >
        <label htmlFor={`limit-${queue.concertId}`} className="text-sm font-medium text-slate-700">
          Active limit
        </label>
        <div className="flex gap-2">
          <input
            id={`limit-${queue.concertId}`}
            type="number"
            inputMode="numeric"
            min={1}
            max={100_000}
            value={limitText}
            onChange={(event) => {
              setLimitText(event.target.value);
              // An answer about the old value no longer describes the field.
              if (update.isError) update.reset();
            }}
            aria-invalid={limitError ? true : undefined}
            aria-describedby={limitError ? `limit-error-${queue.concertId}` : `limit-hint-${queue.concertId}`}
            className="w-32 rounded-md border border-slate-300 bg-white px-3 py-2 tabular-nums shadow-sm focus:border-indigo-500 aria-[invalid]:border-red-500"
          />
          <button type="submit" disabled={update.isPending} className={smallButtonClass.primary}>
            Change limit
          </button>
        </div>
        {limitError ? (
          <p id={`limit-error-${queue.concertId}`} className="text-sm text-red-700">
            {limitError}
          </p>
        ) : (
          <p id={`limit-hint-${queue.concertId}`} className="text-xs text-slate-500">
            How many people may book at once (1 to 100,000).
          </p>
        )}
      </form>

      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">Admission</span>
        <button
          type="button"
          disabled={update.isPending}
          onClick={() => setAsking(queue.paused ? 'resume' : 'pause')}
          className={`self-start ${queue.paused ? smallButtonClass.resume : smallButtonClass.pause}`}
        >
          {queue.paused ? 'Resume admission' : 'Pause admission'}
        </button>
      </div>

      {otherError && <Alert>{otherError}</Alert>}
      {done && !update.error && <Alert tone="success">{done}</Alert>}

      <ConfirmDialog
        open={asking === 'limit'}
        title="Change the active limit?"
        confirmLabel={typed === null ? 'Send anyway' : `Set limit to ${formatCount(typed)}`}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <LimitConsequence queue={queue} typed={typed} text={limitText} />
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'pause'}
        title="Pause admission?"
        confirmLabel="Pause admission"
        tone="danger"
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <p>
          Nobody new is admitted to “{queue.title}” until you resume. People already admitted keep their pass, and the{' '}
          {formatCount(queue.waiting)} waiting keep their places.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'resume'}
        title="Resume admission?"
        confirmLabel="Resume admission"
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <p>
          People waiting for “{queue.title}” are admitted again, first come first served, up to the limit of{' '}
          {formatCount(queue.activeLimit)} at once.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function LimitConsequence({ queue, typed, text }: { queue: QueueFiguresView; typed: number | null; text: string }) {
  if (typed === null || !Number.isInteger(typed) || typed < 1) {
    return (
      <p>
        Set the limit for “{queue.title}” to “{text}”? That does not look like a valid limit.
      </p>
    );
  }
  const from = formatCount(queue.activeLimit);
  const to = formatCount(typed);
  if (typed < queue.activeLimit) {
    return (
      <p>
        Lower the limit for “{queue.title}” from {from} to {to}. People already admitted keep their pass; nobody new is admitted
        while {to} or more are booking.
      </p>
    );
  }
  if (typed > queue.activeLimit) {
    const more = Math.min(typed - queue.activeLimit, queue.waiting);
    return (
      <p>
        Raise the limit for “{queue.title}” from {from} to {to}.{' '}
        {more > 0 ? `Up to ${formatCount(more)} more people waiting are admitted within seconds.` : 'Nobody is waiting now.'}
      </p>
    );
  }
  return (
    <p>
      The limit for “{queue.title}” is {from} already; nothing changes.
    </p>
  );
}
