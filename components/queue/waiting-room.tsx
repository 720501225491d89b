'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { FlowHeader } from '@/components/booking/flow-header';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { formatDuration } from '@/components/ui/use-now';
import { useBookingPass } from '@/lib/query/booking-pass';
import { errorSentence } from '@/lib/query/errors';
import { useJoinQueue } from '@/lib/query/queue';
import { clearQueuePass, writeQueuePass } from '@/lib/query/queue-pass';
import type { ConcertSummary } from '@/lib/query/types';
import { MAX_HOLDS_PER_USER } from '@/lib/schemas/booking';
import { QueueExpired } from './queue-expired';

const number = new Intl.NumberFormat('ko-KR');

interface WaitingRoomProps {
  concert: ConcertSummary;
  userId: string;
  /** Where an admitted user goes: the seat map, or back to paying for seats already held. */
  then: 'book' | 'checkout';
}

export function WaitingRoom({ concert, userId, then }: WaitingRoomProps) {
  const router = useRouter();
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
  const pass = state.kind === 'waiting' || state.kind === 'active' ? state.pass : null;
  // A second tab (or a browser that joined before) records where this token entered the line.
  useEffect(() => {
    if (pass && ticket && pass.joinedPosition === null && ticket.position !== null) {
      writeQueuePass(userId, concert.id, { token: pass.token, joinedPosition: ticket.position });
    }
  }, [pass, ticket, userId, concert.id]);

  const admitted = state.kind === 'active';
  useEffect(() => {
    if (admitted) router.replace(`/concerts/${concert.id}/${then}`);
  }, [admitted, router, concert.id, then]);

  if (state.kind === 'lost' && !invalid) {
    return (
      <div className="flex flex-col gap-8">
        <FlowHeader concert={concert} step="queue" />
        <QueueExpired concertId={concert.id} userId={userId} code={state.code} />
      </div>
    );
  }

  const position = ticket?.position ?? null;
  const joined = Math.max(pass?.joinedPosition ?? position ?? 1, position ?? 1);
  const progress = admitted ? 100 : position === null ? 0 : Math.round(((joined - position + 1) / (joined + 1)) * 100);

  return (
    <div className="flex flex-col gap-8">
      <FlowHeader concert={concert} step="queue" />
      <section className="mx-auto w-full max-w-2xl overflow-hidden rounded-3xl bg-white shadow-sm ring-1 ring-slate-200">
        <div className="bg-gradient-to-br from-indigo-600 to-violet-700 px-6 py-8 text-center text-white sm:px-10">
          <h1 className="text-2xl font-bold sm:text-3xl">{admitted ? 'It is your turn!' : 'You are in line'}</h1>
          <p className="mt-2 text-indigo-100">
            {admitted
              ? then === 'checkout'
                ? 'Taking you back to payment…'
                : 'Taking you to the seat map…'
              : 'The line moves by itself. Keep this tab open and we will take you to the seats the moment it is your turn.'}
          </p>
          <div className="mt-6 flex flex-col items-center">
            <p className="text-sm font-medium uppercase tracking-widest text-indigo-200">Your number in line</p>
            <p
              className="mt-1 inline-block min-w-[7ch] rounded-2xl bg-white/10 px-4 py-2 text-5xl font-extrabold tabular-nums sm:text-6xl"
              data-testid="queue-position"
            >
              {position === null ? (admitted ? '✓' : '–') : number.format(position)}
            </p>
          </div>
        </div>
        <div className="flex flex-col gap-6 px-6 py-6 sm:px-10">
          <div>
            <div className="flex justify-between text-sm font-medium text-slate-600">
              <span>Joined</span>
              <span>Front of the line</span>
            </div>
            <div
              role="progressbar"
              aria-label="Progress to the front of the line"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={progress}
              className="mt-2 h-3 overflow-hidden rounded-full bg-slate-100"
            >
              <div
                className="h-full rounded-full bg-gradient-to-r from-indigo-500 to-violet-500 transition-[width] duration-700"
                style={{ width: `${progress}%` }}
              />
            </div>
          </div>
          <dl className="grid grid-cols-3 gap-3 text-center">
            <Stat label="People ahead" value={position === null ? '–' : number.format(position - 1)} />
            <Stat label="Estimated wait" value={ticket?.etaSeconds == null ? '–' : formatDuration(ticket.etaSeconds)} />
            <Stat label="You joined at" value={pass?.joinedPosition == null ? '–' : `#${number.format(pass.joinedPosition)}`} />
          </dl>
          <p className="sr-only" aria-live="polite">
            {admitted ? 'It is your turn. Opening the seat map.' : position !== null ? `You are number ${position} in line.` : ''}
          </p>
          {state.kind === 'error' && (
            <Alert>{errorSentence(state.error)} We keep trying; your place is kept while this page is open.</Alert>
          )}
          {joinFailed && (
            <div className="flex flex-col gap-3">
              <Alert>{errorSentence(join.error)}</Alert>
              <button type="button" className={buttonClass.secondary} onClick={() => joinLine()}>
                Try again
              </button>
            </div>
          )}
          <ul className="flex flex-col gap-1.5 rounded-xl bg-slate-50 p-4 text-sm text-slate-600">
            <li>• Reloading or opening a second tab keeps your place; you will never be put at the back.</li>
            <li>• Closing the page for more than a couple of minutes gives your place up.</li>
            <li>• When it is your turn you get a booking pass to choose up to {MAX_HOLDS_PER_USER} seats.</li>
          </ul>
        </div>
      </section>
    </div>
  );
}

/** Value first, label under it, so the numbers line up however the labels wrap on a phone. */
function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col-reverse justify-end gap-1 rounded-xl bg-slate-50 px-2 py-3">
      <dt className="text-xs font-medium text-slate-600 sm:text-sm">{label}</dt>
      <dd className="whitespace-nowrap text-lg font-bold tabular-nums text-slate-900 sm:text-xl">{value}</dd>
    </div>
  );
}
