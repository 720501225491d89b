'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { useHoldSeats, useReservations, useSchedules, useSeats } from '@/lib/query/booking';
import { errorCode, PASS_LOST_CODES } from '@/lib/query/errors';
import type { ConcertSummary, Seat } from '@/lib/query/types';
import { MAX_HOLDS_PER_USER } from '@/lib/schemas/booking';
import { DatePicker } from './date-picker';
import { SeatLegend, SeatMap } from './seat-map';
import { seatTiers } from './seat-tiers';

/** Choose a date, choose up to MAX_HOLDS_PER_USER seats, hold them. */
export function SeatPicker({ concert, token, onPassLost }: { concert: ConcertSummary; token: string; onPassLost: () => void }) {
  const t = useTranslations('seats');
  const tSale = useTranslations('sale');
  const format = useFormat();
  const errorSentence = useErrorSentence();
  // "Seats B12 and B13" ("B12석 및 B13석"), in the page's language.
  const list = (labels: string[]) =>
    t('list', { count: labels.length, labels: format.list(labels.map((label) => t('listItem', { label }))) });
  const router = useRouter();
  const schedules = useSchedules(concert.id, token);
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const scheduleId = chosenDate ?? schedules.data?.find((s) => s.availableSeats > 0)?.id ?? schedules.data?.[0]?.id ?? null;
  const seats = useSeats(scheduleId, token);
  const reservations = useReservations();
  const hold = useHoldSeats(token);
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);

  const lost = [schedules.error, seats.error].some((e) => PASS_LOST_CODES.includes(errorCode(e) ?? ''));
  useEffect(() => {
    if (lost) onPassLost();
  }, [lost, onPassLost]);

  const myHolds = useMemo(() => (reservations.data ?? []).filter((r) => r.status === 'HELD'), [reservations.data]);
  const mineIds = useMemo(() => new Set(myHolds.map((r) => r.seatId)), [myHolds]);
  const concertHolds = myHolds.filter((r) => r.concertId === concert.id);
  // The concert's per-fan limit counts the seats held or already bought for it, on any date.
  const concertTickets = (reservations.data ?? []).filter(
    (r) => r.concertId === concert.id && (r.status === 'HELD' || r.status === 'CONFIRMED'),
  ).length;
  const ticketsLeft = Math.max(0, concert.maxTicketsPerUser - concertTickets);
  const holdsLeft = Math.max(0, MAX_HOLDS_PER_USER - myHolds.length);
  const capacity = Math.min(holdsLeft, ticketsLeft);
  const seatList = useMemo(() => seats.data ?? [], [seats.data]);
  const tiers = useMemo(() => seatTiers(seatList), [seatList]);
  // A seat someone else took since it was chosen drops out of the choice by itself.
  const chosen = seatList.filter((s) => selected.includes(s.id) && s.status === 'AVAILABLE' && !mineIds.has(s.id));
  const total = chosen.reduce((sum, s) => sum + s.price, 0);

  function toggle(seat: Seat) {
    setNotice(null);
    if (selected.includes(seat.id)) setSelected(selected.filter((id) => id !== seat.id));
    else if (chosen.length >= capacity)
      setNotice({
        tone: 'info',
        text:
          ticketsLeft <= holdsLeft
            ? tSale('ticketLimit', { max: concert.maxTicketsPerUser, count: concertTickets })
            : capacity === 0
              ? t('fullAlready', { max: MAX_HOLDS_PER_USER })
              : t('upTo', { capacity }),
      });
    else setSelected([...selected, seat.id]);
  }

  function chooseDate(id: string) {
    setChosenDate(id);
    setSelected([]);
    setNotice(null);
  }

  function holdChosen() {
    setNotice(null);
    hold.mutate(chosen, {
      onSuccess: ({ held, refused }) => {
        setSelected([]);
        if (refused.length === 0) return router.push(`/concerts/${concert.id}/checkout`);
        const taken = refused.filter((r) => r.error.code === 'SEAT_UNAVAILABLE').map((r) => r.seat.label);
        const other = refused.find((r) => r.error.code !== 'SEAT_UNAVAILABLE');
        const parts = [];
        if (taken.length) parts.push(t('taken', { seats: list(taken), count: taken.length }));
        if (other) parts.push(errorSentence(other.error));
        if (held.length) parts.push(t('heldForYou', { seats: list(held.map((r) => r.seatLabel)), count: held.length }));
        setNotice({ tone: 'error', text: parts.join(' ') });
      },
      onError: (error) => setNotice({ tone: 'error', text: errorSentence(error) }),
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="dates-heading" className="flex flex-col gap-3">
        <h2 id="dates-heading" className="text-lg font-bold">
          {t('chooseDate')}
        </h2>
        {schedules.isPending ? (
          <div className="h-20 animate-pulse rounded-xl bg-surface-strong" />
        ) : schedules.isError ? (
          <Alert>{errorSentence(schedules.error)}</Alert>
        ) : schedules.data.length === 0 ? (
          <p className="text-fg-muted">{t('noDates')}</p>
        ) : (
          <DatePicker schedules={schedules.data} selectedId={scheduleId} onSelect={chooseDate} />
        )}
      </section>

      <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
        <section
          aria-labelledby="seats-heading"
          className="flex flex-col gap-4 rounded-2xl bg-surface p-3 shadow-sm ring-1 ring-line sm:p-6"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2 px-1">
            <h2 id="seats-heading" className="text-lg font-bold">
              {t('chooseSeats', { max: Math.min(MAX_HOLDS_PER_USER, concert.maxTicketsPerUser) })}
            </h2>
            <p className="text-sm text-fg-muted max-sm:hidden">{t('arrowKeys')}</p>
          </div>
          {seats.isPending ? (
            <div className="mx-auto aspect-[5/4] w-full max-w-lg animate-pulse rounded-xl bg-surface-muted" />
          ) : seats.isError ? (
            <Alert>{errorSentence(seats.error)}</Alert>
          ) : (
            <>
              <SeatMap
                key={scheduleId}
                seats={seatList}
                tiers={tiers}
                selectedIds={new Set(selected)}
                mineIds={mineIds}
                onToggle={toggle}
              />
              <SeatLegend tiers={tiers} />
            </>
          )}
        </section>

        {/* On a phone this is a bar along the bottom of the screen: the total and the button stay in reach. */}
        <aside
          aria-labelledby="selection-heading"
          className="sticky bottom-0 -mx-4 flex flex-col gap-3 border-t border-line bg-surface/95 px-4 py-3 shadow-[0_-6px_16px_rgba(15,23,42,0.08)] backdrop-blur sm:mx-0 sm:rounded-2xl sm:border lg:top-6 lg:bottom-auto lg:p-4 lg:shadow-sm"
        >
          <h2 id="selection-heading" className="font-bold max-lg:sr-only">
            {t('yourSeats')}
          </h2>
          {chosen.length === 0 ? (
            <p className="text-sm text-fg-muted max-lg:hidden">{t('pickOnMap', { capacity })}</p>
          ) : (
            <ul className="flex flex-wrap gap-1.5 max-lg:hidden" aria-label={t('chosenSeats')}>
              {chosen.map((seat) => (
                <li
                  key={seat.id}
                  className="rounded-full bg-accent-soft px-2.5 py-1 text-sm font-medium text-accent-soft-fg ring-1 ring-accent-line"
                >
                  {t('chosenSeat', { label: seat.label, price: format.won(seat.price) })}
                </li>
              ))}
            </ul>
          )}
          {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
          <div className="flex items-center justify-between gap-3 lg:flex-col lg:items-stretch">
            <div className="flex flex-col lg:flex-row lg:items-baseline lg:justify-between lg:border-t lg:border-line-soft lg:pt-3">
              <span className="text-sm text-fg-muted">
                {t('total')}
                {chosen.length > 0 && <span className="lg:hidden">{t('seatCount', { count: chosen.length })}</span>}
              </span>
              <span className="text-xl font-extrabold tabular-nums">{format.won(total)}</span>
            </div>
            <button
              type="button"
              onClick={holdChosen}
              disabled={chosen.length === 0 || hold.isPending}
              className={`${buttonClass.primary} shrink-0 lg:w-full`}
            >
              {hold.isPending ? t('holding') : chosen.length ? t('hold', { count: chosen.length }) : t('holdSeats')}
            </button>
          </div>
          {concertHolds.length > 0 && (
            <Link href={`/concerts/${concert.id}/checkout`} className={`${buttonClass.secondary} w-full`}>
              {t('continue', { count: concertHolds.length })}
            </Link>
          )}
        </aside>
      </div>
    </div>
  );
}
