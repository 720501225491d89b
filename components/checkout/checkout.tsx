'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { PassGate } from '@/components/queue/pass-gate';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { formatClock, useNow } from '@/components/ui/use-now';
import { TopUpForm } from '@/components/wallet/top-up-form';
import { formatSeoulDateTime, formatWon } from '@/lib/format/format';
import { useReleaseHold, useReservations } from '@/lib/query/booking';
import { errorCode, errorSentence, isRetryable, PASS_LOST_CODES } from '@/lib/query/errors';
import { newIdempotencyKey } from '@/lib/query/idempotency-key';
import { usePay } from '@/lib/query/payments';
import type { ConcertSummary, Reservation } from '@/lib/query/types';
import { useWallet } from '@/lib/query/wallet';
import { MAX_CHARGE } from '@/lib/schemas/wallet';

// A hold that ran out this recently is still worth explaining on the payment page.
const LAPSED_WINDOW_MS = 15 * 60_000;

export function Checkout({ concert, userId }: { concert: ConcertSummary; userId: string }) {
  const router = useRouter();
  const [paid, setPaid] = useState(false);
  if (paid) {
    // The payment used up the pass; leaving the pass check behind avoids a flash of "expired".
    return (
      <p role="status" className="rounded-2xl bg-white p-8 text-center text-lg font-semibold shadow-sm ring-1 ring-slate-200">
        Payment complete. Opening your tickets…
      </p>
    );
  }
  return (
    <PassGate concert={concert} userId={userId} step="payment">
      {({ token, refetchPass }) => (
        <CheckoutBody
          concert={concert}
          token={token}
          onPassLost={refetchPass}
          onPaid={(ids) => {
            setPaid(true);
            router.replace(`/concerts/${concert.id}/confirmed?r=${ids.join(',')}`);
          }}
        />
      )}
    </PassGate>
  );
}

interface BodyProps {
  concert: ConcertSummary;
  token: string;
  onPassLost: () => unknown;
  onPaid: (reservationIds: string[]) => void;
}

function CheckoutBody({ concert, token, onPassLost, onPaid }: BodyProps) {
  const now = useNow();
  const reservations = useReservations({ refetchInterval: 10_000 });
  const wallet = useWallet();
  const pay = usePay();
  const release = useReleaseHold();
  const attempt = useRef<{ ids: string; key: string } | null>(null);
  const [topUpNote, setTopUpNote] = useState<string | null>(null);

  const ofConcert = (reservations.data ?? []).filter((r) => r.concertId === concert.id);
  const live = (r: Reservation) => r.status === 'HELD' && (now === null || new Date(r.heldUntil).getTime() > now);
  const holds = ofConcert.filter(live).sort((a, b) => a.seatNumber - b.seatNumber);
  const heldSeatIds = new Set(holds.map((r) => r.seatId));
  const lapsed =
    now === null
      ? []
      : ofConcert.filter(
          (r) =>
            (r.status === 'EXPIRED' || r.status === 'HELD') &&
            !live(r) &&
            !heldSeatIds.has(r.seatId) &&
            new Date(r.heldUntil).getTime() > now - LAPSED_WINDOW_MS,
        );
  const total = holds.reduce((sum, r) => sum + r.price, 0);
  const balance = wallet.data?.balance;
  const shortfall = balance === undefined ? 0 : Math.max(0, total - balance);
  const firstEnd = holds.length ? Math.min(...holds.map((r) => new Date(r.heldUntil).getTime())) : null;
  const left = firstEnd !== null && now !== null ? firstEnd - now : null;

  function payNow() {
    const ids = holds.map((r) => r.id).sort();
    const signature = ids.join(',');
    // One key per attempt: a retry after a lost answer resends it, a new set of seats gets a new one.
    if (attempt.current?.ids !== signature) attempt.current = { ids: signature, key: newIdempotencyKey() };
    pay.mutate(
      { reservationIds: ids, token, idempotencyKey: attempt.current.key },
      {
        onSuccess: (payment) => onPaid(payment.reservations.map((r) => r.id)),
        onError: (error) => {
          if (!isRetryable(error)) attempt.current = null;
          if (PASS_LOST_CODES.includes(errorCode(error) ?? '')) onPassLost();
        },
      },
    );
  }

  if (reservations.isPending) return <div aria-busy="true" className="h-96 animate-pulse rounded-2xl bg-slate-200" />;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Review and pay</h1>
      {reservations.isError && <Alert>{errorSentence(reservations.error)}</Alert>}
      {lapsed.length > 0 && (
        <Alert>
          Your hold on {lapsed.map((r) => `seat ${r.seatLabel}`).join(', ')} ran out before payment, so{' '}
          {lapsed.length === 1 ? 'it is' : 'they are'} back on sale.{' '}
          <Link href={`/concerts/${concert.id}/book`} className="font-semibold underline">
            Pick seats again
          </Link>
        </Alert>
      )}
      {holds.length === 0 ? (
        <section className="flex flex-col items-center gap-4 rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
          <h2 className="text-lg font-bold">You have no seats on hold for this concert</h2>
          <Link href={`/concerts/${concert.id}/book`} className={buttonClass.primary}>
            Choose seats
          </Link>
        </section>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem]">
          <section
            aria-labelledby="held-heading"
            className="flex flex-col gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
          >
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="held-heading" className="text-lg font-bold">
                Your held seats
              </h2>
              <p
                className={`rounded-full px-3 py-1 text-sm font-semibold ${left !== null && left < 60_000 ? 'bg-rose-100 text-rose-800' : 'bg-amber-100 text-amber-900'}`}
              >
                Held for{' '}
                <span className="inline-block min-w-[4ch] text-right tabular-nums">
                  {left === null ? '–:––' : formatClock(left)}
                </span>
              </p>
            </div>
            <ul className="flex flex-col divide-y divide-slate-100">
              {holds.map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-3 py-3">
                  <div className="flex items-center gap-3">
                    <span
                      aria-hidden="true"
                      className="grid h-11 min-w-11 shrink-0 place-items-center rounded-lg bg-emerald-700 px-1.5 text-sm font-bold tabular-nums text-white"
                    >
                      {r.seatLabel}
                    </span>
                    <div>
                      <p className="font-semibold">
                        Seat {r.seatLabel}
                        {r.grade && <span className="font-normal text-slate-600"> · {r.grade}</span>}
                      </p>
                      <p className="text-sm text-slate-600">{formatSeoulDateTime(r.startsAt)}</p>
                    </div>
                  </div>
                  <div className="flex flex-col items-end gap-1">
                    <span className="font-semibold tabular-nums">{formatWon(r.price)}</span>
                    <button
                      type="button"
                      className="text-sm text-slate-600 underline hover:text-rose-700"
                      disabled={release.isPending}
                      onClick={() => release.mutate(r.id)}
                      aria-label={`Release seat ${r.seatLabel}`}
                    >
                      Release
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            {release.isError && <Alert>{errorSentence(release.error)}</Alert>}
            <p className="text-sm text-slate-600">
              Seats are held until the timer runs out; after that anyone can book them. Times are Korea Standard Time.
            </p>
          </section>

          <section
            aria-labelledby="pay-heading"
            className="flex flex-col gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6 lg:sticky lg:top-6"
          >
            <h2 id="pay-heading" className="text-lg font-bold">
              Payment
            </h2>
            <dl className="flex flex-col gap-2 text-sm">
              <div className="flex justify-between">
                <dt className="text-slate-600">
                  {holds.length} ticket{holds.length === 1 ? '' : 's'}
                </dt>
                <dd className="tabular-nums">{formatWon(total)}</dd>
              </div>
              <div className="flex justify-between">
                <dt className="text-slate-600">Booking fee</dt>
                <dd className="tabular-nums">{formatWon(0)}</dd>
              </div>
              <div className="flex items-baseline justify-between border-t border-slate-100 pt-3">
                <dt className="font-semibold">Total</dt>
                <dd className="text-2xl font-extrabold tabular-nums" data-testid="checkout-total">
                  {formatWon(total)}
                </dd>
              </div>
              <div className="flex justify-between rounded-lg bg-slate-50 px-3 py-2">
                <dt className="text-slate-600">Wallet balance</dt>
                <dd className="font-semibold tabular-nums" data-testid="wallet-balance">
                  {balance === undefined ? '–' : formatWon(balance)}
                </dd>
              </div>
            </dl>
            {wallet.isError && <Alert>{errorSentence(wallet.error)}</Alert>}
            {shortfall > 0 && (
              <div className="flex flex-col gap-3 rounded-xl bg-amber-50 p-3 ring-1 ring-amber-200">
                <p className="text-sm font-semibold text-amber-950">
                  Your wallet is {formatWon(shortfall)} short. Top up to pay.
                </p>
                <TopUpForm
                  key={shortfall}
                  suggested={Math.min(shortfall, MAX_CHARGE)}
                  suggestedLabel="What you need"
                  onCharged={(sentence) => {
                    setTopUpNote(sentence);
                    pay.reset();
                  }}
                />
              </div>
            )}
            {topUpNote && shortfall === 0 && <Alert tone="success">{topUpNote} You can pay now.</Alert>}
            {pay.isError && <Alert>{errorSentence(pay.error)}</Alert>}
            <button
              type="button"
              onClick={payNow}
              disabled={pay.isPending || shortfall > 0 || balance === undefined}
              className={`${buttonClass.primary} w-full text-lg`}
            >
              {pay.isPending
                ? 'Paying…'
                : pay.isError && isRetryable(pay.error)
                  ? 'Try the payment again'
                  : `Pay ${formatWon(total)}`}
            </button>
          </section>
        </div>
      )}
    </div>
  );
}
