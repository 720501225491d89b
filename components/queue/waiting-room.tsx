'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { FlowHeader } from '@/components/booking/flow-header';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { formatClock, useFormatDuration, useNow } from '@/components/ui/use-now';
import { useBookingPass } from '@/lib/query/booking-pass';
import { useJoinQueue } from '@/lib/query/queue';
import { clearQueuePass } from '@/lib/query/queue-pass';
import type { ConcertSummary } from '@/lib/query/types';
import { MAX_HOLDS_PER_USER } from '@/lib/schemas/booking';
import { QueueExpired } from './queue-expired';
import { TurnAlertControls, usePageVisible, useTurnAlerts } from './turn-alerts';

interface WaitingRoomProps {
  concert: ConcertSummary;
  userId: string;
  /** Where an admitted user goes: the seat map, or back to paying for seats already held. */
  then: 'book' | 'checkout';
}

export function WaitingRoom({ concert, userId, then }: WaitingRoomProps) {
  const t = useTranslations('queue');
  const format = useFormat();
  const formatDuration = useFormatDuration();
  const sentence = useErrorSentence();
  const router = useRouter();
  const visible = usePageVisible();
  const state = useBookingPass(userId, concert.id);
  const join = useJoinQueue(userId, concert.id);
  const { mutate: joinLine, isPending: joining, isError: joinFailed } = join;

  // Arriving without a place (a direct link, cleared storage): take one. If the user already holds
  // a live token the server hands back that same one, so this never makes a second place.
  useEffect(() => {
    if (state.kind === 'none' && !joining && !joinFailed) joinLine();
  }, [state.kind, joining, joinFailed, joinLine]);

  // A token the server does not know (say, after a database reset) is simply forgotten.
  const invalid = state.kind === 'lost' && state.code !== 'QUEUE_TOKEN_EXPIRED';
  useEffect(() => {
    if (invalid) clearQueuePass(userId, concert.id);
  }, [invalid, userId, concert.id]);

  const ticket = state.kind === 'waiting' || state.kind === 'active' ? state.ticket : null;
  const admitted = state.kind === 'active';
  const next = `/concerts/${concert.id}/${then}`;
  useTurnAlerts(admitted, concert.title);
  // A fan waiting in another tab is told (title, notification, chime) and taken on when they look.
  useEffect(() => {
    if (admitted && visible) router.replace(next);
  }, [admitted, visible, router, next]);

  if (state.kind === 'lost' && !invalid) {
    return (
      <div className="flex flex-col gap-8">
        <FlowHeader concert={concert} step="queue" />
        <QueueExpired concertId={concert.id} userId={userId} code={state.code} variant="place" />
      </div>
    );
  }

  const opensAt = admitted ? null : (ticket?.opensAt ?? null);
  const paused = !admitted && opensAt === null && ticket?.paused === true;
  const position = ticket?.position ?? null;
  // Where this token entered the line, from the server: the same in every tab and on every device.
  const joinedAt = ticket?.joinedPosition ?? null;
  const joined = Math.max(joinedAt ?? position ?? 1, position ?? 1);
  const progress = admitted ? 100 : position === null ? 0 : Math.round(((joined - position + 1) / (joined + 1)) * 100);

  return (
    <div className="flex flex-col gap-8">
      <FlowHeader concert={concert} step="queue" />
      <section className="mx-auto w-full max-w-2xl overflow-hidden rounded-3xl bg-surface shadow-sm ring-1 ring-line">
        <div className="bg-gradient-to-br from-indigo-600 to-violet-700 px-6 py-8 text-center text-white sm:px-10">
          <h1 className="text-2xl font-bold sm:text-3xl">
            {admitted ? t('yourTurn') : opensAt ? t('preQueueTitle') : t('inLine')}
          </h1>
          <p className="mt-2 text-indigo-100">
            {admitted
              ? visible
                ? then === 'checkout'
                  ? t('takingYouToPayment')
                  : t('takingYouToSeats')
                : t('turnHidden')
              : opensAt
                ? t('preQueueText', { time: format.recent(opensAt) })
                : t('movesByItself')}
          </p>
          <div className="mt-6 flex flex-col items-center">
            {opensAt ? (
              <Countdown opensAt={opensAt} />
            ) : (
              <>
                <p className="text-sm font-medium uppercase tracking-widest text-indigo-200">{t('yourNumber')}</p>
                <p
                  className="mt-1 inline-block min-w-[7ch] rounded-2xl bg-white/10 px-4 py-2 text-5xl font-extrabold tabular-nums sm:text-6xl"
                  data-testid="queue-position"
                >
                  {position === null ? (admitted ? '✓' : '–') : format.count(position)}
                </p>
              </>
            )}
          </div>
          {admitted && !visible && (
            <a href={next} className={`${buttonClass.secondary} mt-6`}>
              {t('chooseSeats')}
            </a>
          )}
        </div>
        <div className="flex flex-col gap-6 px-6 py-6 sm:px-10">
          {paused && (
            <div className="rounded-xl border border-warning-line bg-warning-soft px-4 py-3 text-warning-fg">
              <h2 className="font-bold">{t('pausedTitle')}</h2>
              <p className="mt-1 text-sm">{t('pausedText')}</p>
            </div>
          )}
          {!opensAt && (
            <>
              <div>
                <div className="flex justify-between text-sm font-medium text-fg-muted">
                  <span>{t('joined')}</span>
                  <span>{t('front')}</span>
                </div>
                <div
                  role="progressbar"
                  aria-label={t('progressLabel')}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={progress}
                  className="mt-2 h-3 overflow-hidden rounded-full bg-surface-strong"
                >
                  <div
                    className="h-full rounded-full bg-gradient-to-r from-indigo-500 to-violet-500 transition-[width] duration-700"
                    style={{ width: `${progress}%` }}
                  />
                </div>
              </div>
              <dl className="grid grid-cols-3 gap-3 text-center">
                <Stat label={t('peopleAhead')} value={position === null ? '–' : format.count(position - 1)} />
                <Stat
                  label={t('estimatedWait')}
                  value={paused ? t('paused') : ticket?.etaSeconds == null ? '–' : formatDuration(ticket.etaSeconds)}
                />
                <Stat
                  label={t('youJoinedAt')}
                  value={joinedAt === null ? '–' : t('joinedAtValue', { position: format.count(joinedAt) })}
                />
              </dl>
            </>
          )}
          <p className="sr-only" aria-live="polite">
            {admitted
              ? t('announceTurn')
              : opensAt
                ? t('announcePreQueue')
                : paused
                  ? t('announcePaused')
                  : position !== null
                    ? t('announcePosition', { position })
                    : ''}
          </p>
          {state.kind === 'error' && (
            <Alert>
              {sentence(state.error)} {t('keepTrying')}
            </Alert>
          )}
          {joinFailed && (
            <div className="flex flex-col gap-3">
              <Alert>{sentence(join.error)}</Alert>
              <button type="button" className={buttonClass.secondary} onClick={() => joinLine()}>
                {t('tryAgain')}
              </button>
            </div>
          )}
          {!admitted && <TurnAlertControls />}
          <ul className="flex flex-col gap-1.5 rounded-xl bg-surface-sunken p-4 text-sm text-fg-muted">
            {opensAt && <li>• {t('ruleDraw')}</li>}
            <li>• {t('ruleSecondTab')}</li>
            <li>• {t('ruleClosing')}</li>
            <li>• {t('rulePass', { max: Math.min(MAX_HOLDS_PER_USER, concert.maxTicketsPerUser) })}</li>
          </ul>
        </div>
      </section>
    </div>
  );
}

/** Until the opening, then the draw that follows it within a second or so. */
function Countdown({ opensAt }: { opensAt: string }) {
  const t = useTranslations('queue');
  const now = useNow();
  const left = now === null ? null : new Date(opensAt).getTime() - now;
  const drawing = left !== null && left <= 0;
  return (
    <>
      <p className="text-sm font-medium uppercase tracking-widest text-indigo-200">{drawing ? t('drawing') : t('opensIn')}</p>
      <p
        className="mt-1 inline-block min-w-[7ch] rounded-2xl bg-white/10 px-4 py-2 text-5xl font-extrabold tabular-nums sm:text-6xl"
        data-testid="opens-in"
      >
        {left === null ? '–:––' : drawing ? '…' : formatClock(left)}
      </p>
      {drawing && <p className="mt-3 text-sm text-indigo-100">{t('drawingText')}</p>}
    </>
  );
}

/** Value first, label under it, so the numbers line up however the labels wrap on a phone. */
function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col-reverse justify-end gap-1 rounded-xl bg-surface-sunken px-2 py-3">
      <dt className="text-xs font-medium text-fg-muted sm:text-sm">{label}</dt>
      <dd className="whitespace-nowrap text-lg font-bold tabular-nums text-fg sm:text-xl">{value}</dd>
    </div>
  );
}
