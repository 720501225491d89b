'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect } from 'react';
import { FlowHeader } from '@/components/booking/flow-header';
import { TicketStub } from '@/components/tickets/ticket-stub';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { formatWon } from '@/lib/format/format';
import { useReservations } from '@/lib/query/booking';
import { errorSentence } from '@/lib/query/errors';
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
      <section className="flex flex-col items-center gap-2 rounded-3xl bg-gradient-to-br from-emerald-500 to-teal-600 px-6 py-8 text-center text-white shadow-lg">
        <span aria-hidden="true" className="grid size-14 place-items-center rounded-full bg-white/20 text-3xl">
          ✓
        </span>
        <h1 className="text-3xl font-extrabold">Booking confirmed</h1>
        <p className="text-emerald-50">
          {tickets.length
            ? `${tickets.length} ticket${tickets.length === 1 ? '' : 's'} for ${concert.title}, paid ${formatWon(total)} from your wallet.`
            : 'Your confirmed tickets are always under My tickets.'}
        </p>
        {wallet.data && <p className="text-sm text-emerald-50">Wallet balance now {formatWon(wallet.data.balance)}.</p>}
      </section>
      {reservations.isError && <Alert>{errorSentence(reservations.error)}</Alert>}
      {reservations.isPending ? (
        <div aria-busy="true" className="h-40 animate-pulse rounded-2xl bg-slate-200" />
      ) : (
        // grid-cols-1, not the implicit auto column: a long venue would widen it past a phone's screen.
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2" aria-label="Your new tickets">
          {tickets.map((r) => (
            <li key={r.id}>
              <TicketStub reservation={r} concert={concert} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        <Link href="/tickets" className={buttonClass.primary}>
          See all my tickets
        </Link>
        {tickets[0]?.paymentId && (
          <Link href={`/receipts/${tickets[0].paymentId}`} className={buttonClass.secondary}>
            {t('view')}
          </Link>
        )}
        <Link href="/" className={buttonClass.secondary}>
          More concerts
        </Link>
      </div>
    </div>
  );
}
