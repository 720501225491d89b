'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useUpdateQueueSettings } from '@/lib/query/admin';
import type { QueueFiguresView } from '@/lib/schemas/admin-console';
import { ConfirmDialog } from './confirm-dialog';
import { useAdminErrors } from './plain-errors';
import { smallButtonClass } from '@/components/ui/button';

type Asking = 'limit' | 'pause' | 'resume' | null;

/** Change a concert's active limit, pause or resume its admission: each after a confirmation. */
export function QueueControls({ queue }: { queue: QueueFiguresView }) {
  const t = useTranslations('admin.controls');
  const { errorText, fieldErrors } = useAdminErrors();
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
            ? t('limitNow', { limit: result.activeLimit })
            : result.paused
              ? t('pausedNow')
              : t('resumedNow'),
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
        <label htmlFor={`limit-${queue.concertId}`} className="text-sm font-medium text-fg-soft">
          {t('limitLabel')}
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
            className="w-32 rounded-md border border-line-strong bg-surface px-3 py-2 tabular-nums shadow-sm focus:border-accent aria-[invalid]:border-danger"
          />
          <button type="submit" disabled={update.isPending} className={smallButtonClass.primary}>
            {t('changeLimit')}
          </button>
        </div>
        {limitError ? (
          <p id={`limit-error-${queue.concertId}`} className="text-sm text-danger-fg">
            {limitError}
          </p>
        ) : (
          <p id={`limit-hint-${queue.concertId}`} className="text-xs text-fg-muted">
            {t('limitHint')}
          </p>
        )}
      </form>

      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-fg-soft">{t('admission')}</span>
        <button
          type="button"
          disabled={update.isPending}
          onClick={() => setAsking(queue.paused ? 'resume' : 'pause')}
          className={`self-start ${queue.paused ? smallButtonClass.resume : smallButtonClass.pause}`}
        >
          {queue.paused ? t('resume') : t('pause')}
        </button>
      </div>

      {otherError && <Alert>{otherError}</Alert>}
      {done && !update.error && <Alert tone="success">{done}</Alert>}

      <ConfirmDialog
        open={asking === 'limit'}
        title={t('confirmLimitTitle')}
        confirmLabel={typed === null ? t('sendAnyway') : t('setLimit', { limit: typed })}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <LimitConsequence queue={queue} typed={typed} text={limitText} />
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'pause'}
        title={t('confirmPauseTitle')}
        confirmLabel={t('pause')}
        tone="danger"
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <p>{t('confirmPauseBody', { title: queue.title, waiting: queue.waiting })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'resume'}
        title={t('confirmResumeTitle')}
        confirmLabel={t('resume')}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <p>{t('confirmResumeBody', { title: queue.title, limit: queue.activeLimit })}</p>
      </ConfirmDialog>
    </div>
  );
}

function LimitConsequence({ queue, typed, text }: { queue: QueueFiguresView; typed: number | null; text: string }) {
  const t = useTranslations('admin.controls');
  const title = queue.title;
  if (typed === null || !Number.isInteger(typed) || typed < 1) return <p>{t('invalidLimit', { title, text })}</p>;
  const from = queue.activeLimit;
  if (typed < from) return <p>{t('lower', { title, from, to: typed })}</p>;
  if (typed > from) {
    const more = Math.min(typed - from, queue.waiting);
    return (
      <p>
        {t('raise', { title, from, to: typed })} {more > 0 ? t('raiseMore', { more }) : t('raiseNobody')}
      </p>
    );
  }
  return <p>{t('same', { title, from })}</p>;
}
