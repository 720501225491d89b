'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { useReservations } from '@/lib/query/booking';
import { useConcerts } from '@/lib/query/concerts';
import type { Reservation } from '@/lib/query/types';
import { RefundButton } from './refund-button';
import { TicketStub } from './ticket-stub';

// Tickets read in the order of the evenings they are for; the rest stay newest first.
const byShowThenSeat = (a: Reservation, b: Reservation) => a.startsAt.localeCompare(b.startsAt) || a.seatNumber - b.seatNumber;

export function TicketList({ refundCutoffHours }: { refundCutoffHours: number }) {
  const t = useTranslations('refund');
  const tt = useTranslations('tickets');
  const format = useFormat();
  const errorSentence = useErrorSentence();
  // A refunded ticket moves to its own group, and its button with it: the list says the outcome.
  const [refunded, setRefunded] = useState<string | null>(null);
  const reservations = useReservations();
  const concerts = useConcerts();
  const byId = new Map((concerts.data ?? []).map((c) => [c.id, c]));

  if (reservations.isPending) return <div aria-busy="true" className="h-60 animate-pulse rounded-2xl bg-surface-strong" />;
  if (reservations.isError) return <Alert>{errorSentence(reservations.error)}</Alert>;

  const all = reservations.data;
  const groups: [string, string, Reservation[]][] = [
    ['confirmed', tt('groups.confirmed'), all.filter((r) => r.status === 'CONFIRMED').sort(byShowThenSeat)],
    ['held', tt('groups.held'), all.filter((r) => r.status === 'HELD')],
    ['refunded', t('groupTitle'), all.filter((r) => r.status === 'REFUNDED')],
    ['ended', tt('groups.ended'), all.filter((r) => r.status === 'EXPIRED' || r.status === 'CANCELLED')],
  ];

  if (all.length === 0) {
    return (
      <section className="flex flex-col items-center gap-4 rounded-2xl bg-surface p-10 text-center shadow-sm ring-1 ring-line">
        <p className="text-lg font-semibold">{tt('noneTitle')}</p>
        <p className="text-fg-muted">{tt('noneText')}</p>
        <Link href="/" className={buttonClass.primary}>
          {tt('find')}
        </Link>
      </section>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      {refunded && <Alert tone="success">{refunded}</Alert>}
      {groups
        .filter(([, , items]) => items.length > 0)
        .map(([key, title, items]) => (
          <section key={key} aria-labelledby={`tickets-${key}`} className="flex flex-col gap-3">
            <h2 id={`tickets-${key}`} className="text-lg font-bold">
              {title} <span className="font-normal text-fg-muted">{tt('count', { count: items.length })}</span>
            </h2>
            {/* grid-cols-1, not the implicit auto column: a long venue would widen it past a phone's screen. */}
            <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {items.map((r) => (
                <li key={r.id}>
                  <TicketStub
                    reservation={r}
                    concert={byId.get(r.concertId) ?? null}
                    action={
                      r.status === 'HELD' ? (
                        <p className="text-sm text-warning-fg">
                          {tt('payBy', { time: format.dateTime(r.heldUntil) })} ·{' '}
                          <Link href={`/concerts/${r.concertId}/checkout`} className="font-semibold underline">
                            {tt('payNow')}
                          </Link>
                        </p>
                      ) : r.status === 'CONFIRMED' ? (
                        <div className="mt-2 flex flex-col gap-2">
                          <Link
                            href={`/tickets/${r.id}`}
                            aria-label={t('showFor', { seat: r.seatLabel })}
                            className="self-start text-sm font-semibold text-accent-fg underline"
                          >
                            {t('show')}
                          </Link>
                          <RefundButton reservation={r} cutoffHours={refundCutoffHours} onRefunded={setRefunded} />
                        </div>
                      ) : null
                    }
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
