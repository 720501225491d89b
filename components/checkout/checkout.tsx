'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { ExpiryWarning } from '@/components/queue/expiry-warning';
import { PassGate } from '@/components/queue/pass-gate';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { formatClock, useNow } from '@/components/ui/use-now';
import { TopUpForm } from '@/components/wallet/top-up-form';
import { useReleaseHold, useReservations } from '@/lib/query/booking';
import { errorCode, isRetryable, PASS_LOST_CODES } from '@/lib/query/errors';
import { newIdempotencyKey } from '@/lib/query/idempotency-key';
import { usePay } from '@/lib/query/payments';
import type { ConcertSummary, Reservation } from '@/lib/query/types';
import { useWallet } from '@/lib/query/wallet';
import { MAX_CHARGE } from '@/lib/schemas/wallet';

// A hold that ran out this recently is still worth explaining on the payment page.
const LAPSED_WINDOW_MS = 15 * 60_000;

export function Checkout({ concert, userId }: { concert: ConcertSummary; userId: string }) {
  const t = useTranslations('checkout');
  const router = useRouter();
  const [paid, setPaid] = useState(false);
  if (paid) {
    // The payment used up the pass; leaving the pass check behind avoids a flash of "expired".
    return (
      <p role="status" className="rounded-2xl bg-surface p-8 text-center text-lg font-semibold shadow-sm ring-1 ring-line">
        {t('paidOpening')}
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
  const t = useTranslations('checkout');
  const format = useFormat();
  const errorSentence = useErrorSentence();
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
    // mutateAsync, not mutate's callbacks: the payment uses the pass up, and the pass check may
    // see that and unmount this body before the answer's callbacks run; Checkout must still hear.
    pay.mutateAsync({ reservationIds: ids, token, idempotencyKey: attempt.current.key }).then(
      (payment) => onPaid(payment.reservations.map((r) => r.id)),
      (error) => {
        if (!isRetryable(error)) attempt.current = null;
        if (PASS_LOST_CODES.includes(errorCode(error) ?? '')) onPassLost();
      },
    );
  }

  if (reservations.isPending) return <div aria-busy="true" className="h-96 animate-pulse rounded-2xl bg-surface-strong" />;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
      <ExpiryWarning deadline={firstEnd} variant="hold" />
      {reservations.isError && <Alert>{errorSentence(reservations.error)}</Alert>}
      {lapsed.length > 0 && (
        <Alert>
          {t('lapsed', {
            seats: format.list(lapsed.map((r) => t('lapsedSeat', { label: r.seatLabel }))),
            count: lapsed.length,
          })}{' '}
          <Link href={`/concerts/${concert.id}/book`} className="font-semibold underline">
            {t('pickAgain')}
          </Link>
        </Alert>
      )}
      {holds.length === 0 ? (
        <section className="flex flex-col items-center gap-4 rounded-2xl bg-surface p-8 text-center shadow-sm ring-1 ring-line">
          <h2 className="text-lg font-bold">{t('noHolds')}</h2>
          <Link href={`/concerts/${concert.id}/book`} className={buttonClass.primary}>
            {t('chooseSeats')}
          </Link>
        </section>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem]">
          <section
            aria-labelledby="held-heading"
            className="flex flex-col gap-4 rounded-2xl bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6"
          >
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="held-heading" className="text-lg font-bold">
                {t('heldSeats')}
              </h2>
              <p
                className={`rounded-full px-3 py-1 text-sm font-semibold ${left !== null && left < 60_000 ? 'bg-danger-soft text-danger-fg' : 'bg-warning-soft text-warning-fg'}`}
              >
                {t('heldFor')}{' '}
                <span className="inline-block min-w-[4ch] text-right tabular-nums">
                  {left === null ? '–:––' : formatClock(left)}
                </span>
              </p>
            </div>
            <ul className="flex flex-col divide-y divide-line-soft">
              {holds.map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-3 py-3">
                  <div className="flex items-center gap-3">
                    <span
                      aria-hidden="true"
                      className="grid h-11 min-w-11 shrink-0 place-items-center rounded-lg bg-success px-1.5 text-sm font-bold tabular-nums text-on-success"
                    >
                      {r.seatLabel}
                    </span>
                    <div>
                      <p className="font-semibold">
                        {t('seat', { label: r.seatLabel })}
                        {r.grade && <span className="font-normal text-fg-muted"> · {r.grade}</span>}
                      </p>
                      <p className="text-sm text-fg-muted">{format.dateTime(r.startsAt)}</p>
                    </div>
                  </div>
                  <div className="flex flex-col items-end gap-1">
                    <span className="font-semibold tabular-nums">{format.won(r.price)}</span>
                    <button
                      type="button"
                      className="text-sm text-fg-muted underline hover:text-danger-fg"
                      disabled={release.isPending}
                      onClick={() => release.mutate(r.id)}
                      aria-label={t('releaseSeat', { label: r.seatLabel })}
                    >
                      {t('release')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            {release.isError && <Alert>{errorSentence(release.error)}</Alert>}
            <p className="text-sm text-fg-muted">{t('heldNote')}</p>
          </section>

          <section
            aria-labelledby="pay-heading"
            className="flex flex-col gap-4 rounded-2xl bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6 lg:sticky lg:top-6"
          >
            <h2 id="pay-heading" className="text-lg font-bold">
              {t('payment')}
            </h2>
            <dl className="flex flex-col gap-2 text-sm">
              <div className="flex justify-between">
                <dt className="text-fg-muted">{t('tickets', { count: holds.length })}</dt>
                <dd className="tabular-nums">{format.won(total)}</dd>
              </div>
              <div className="flex justify-between">
                <dt className="text-fg-muted">{t('fee')}</dt>
                <dd className="tabular-nums">{format.won(0)}</dd>
              </div>
              <div className="flex items-baseline justify-between border-t border-line-soft pt-3">
                <dt className="font-semibold">{t('total')}</dt>
                <dd className="text-2xl font-extrabold tabular-nums" data-testid="checkout-total">
                  {format.won(total)}
                </dd>
              </div>
              <div className="flex justify-between rounded-lg bg-surface-sunken px-3 py-2">
                <dt className="text-fg-muted">{t('balance')}</dt>
                <dd className="font-semibold tabular-nums" data-testid="wallet-balance">
                  {balance === undefined ? '–' : format.won(balance)}
                </dd>
              </div>
            </dl>
            {wallet.isError && <Alert>{errorSentence(wallet.error)}</Alert>}
            {shortfall > 0 && (
              <div className="flex flex-col gap-3 rounded-xl bg-warning-soft p-3 ring-1 ring-warning-line">
                <p className="text-sm font-semibold text-warning-fg">{t('short', { amount: format.won(shortfall) })}</p>
                <TopUpForm
                  key={shortfall}
                  suggested={Math.min(shortfall, MAX_CHARGE)}
                  suggestedLabel={t('whatYouNeed')}
                  onCharged={(sentence) => {
                    setTopUpNote(sentence);
                    pay.reset();
                  }}
                />
              </div>
            )}
            {topUpNote && shortfall === 0 && <Alert tone="success">{t('canPayNow', { note: topUpNote })}</Alert>}
            {pay.isError && <Alert>{errorSentence(pay.error)}</Alert>}
            <button
              type="button"
              onClick={payNow}
              disabled={pay.isPending || shortfall > 0 || balance === undefined}
              className={`${buttonClass.primary} w-full text-lg`}
            >
              {pay.isPending
                ? t('paying')
                : pay.isError && isRetryable(pay.error)
                  ? t('retry')
                  : t('pay', { amount: format.won(total) })}
            </button>
          </section>
        </div>
      )}
    </div>
  );
}
