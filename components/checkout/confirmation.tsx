'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect } from 'react';
import { FlowHeader } from '@/components/booking/flow-header';
import { TicketStub } from '@/components/tickets/ticket-stub';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { useReservations } from '@/lib/query/booking';
import { clearQueuePass } from '@/lib/query/queue-pass';
import type { ConcertSummary } from '@/lib/query/types';
import { useWallet } from '@/lib/query/wallet';

export function Confirmation({
  concert,
  userId,
  reservationIds,
}: {
  concert: ConcertSummary;
  userId: string;
  reservationIds: string[];
}) {
  const t = useTranslations('receipt');
  const tc = useTranslations('confirmation');
  const format = useFormat();
  const errorSentence = useErrorSentence();
  const reservations = useReservations();
  const wallet = useWallet();
  // The payment used the pass up; forget it so the next visit starts a fresh place in line.
  useEffect(() => clearQueuePass(userId, concert.id), [userId, concert.id]);

  const tickets = (reservations.data ?? [])
    .filter((r) => reservationIds.includes(r.id) && r.status === 'CONFIRMED')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.seatNumber - b.seatNumber);
  const total = tickets.reduce((sum, r) => sum + r.price, 0);

  return (
    <div className="flex flex-col gap-6">
      <FlowHeader concert={concert} step="done" />
      <section className="flex flex-col items-center gap-2 rounded-3xl bg-gradient-to-br from-emerald-700 to-teal-700 px-6 py-8 text-center text-white shadow-lg">
        <span aria-hidden="true" className="grid size-14 place-items-center rounded-full bg-white/20 text-3xl">
          ✓
        </span>
        <h1 className="text-3xl font-extrabold">{tc('title')}</h1>
        <p className="text-on-success">
          {tickets.length
            ? tc('summary', { count: tickets.length, title: concert.title, amount: format.won(total) })
            : tc('noneYet')}
        </p>
        {wallet.data && (
          <p className="text-sm text-on-success">{tc('balanceNow', { amount: format.won(wallet.data.balance) })}</p>
        )}
      </section>
      {reservations.isError && <Alert>{errorSentence(reservations.error)}</Alert>}
      {reservations.isPending ? (
        <div aria-busy="true" className="h-40 animate-pulse rounded-2xl bg-surface-strong" />
      ) : (
        // grid-cols-1, not the implicit auto column: a long venue would widen it past a phone's screen.
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2" aria-label={tc('newTickets')}>
          {tickets.map((r) => (
            <li key={r.id}>
              <TicketStub reservation={r} concert={concert} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        <Link href="/tickets" className={buttonClass.primary}>
          {tc('allTickets')}
        </Link>
        {tickets[0]?.paymentId && (
          <Link href={`/receipts/${tickets[0].paymentId}`} className={buttonClass.secondary}>
            {t('view')}
          </Link>
        )}
        <Link href="/" className={buttonClass.secondary}>
          {tc('moreConcerts')}
        </Link>
      </div>
    </div>
  );
}
