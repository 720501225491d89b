import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { ConcertArt } from '@/components/concerts/concert-art';
import { PrintButton } from '@/components/ui/print-button';
import { useFormat } from '@/components/ui/use-format';
import type { Reservation } from '@/lib/query/types';
import { RefundButton } from './refund-button';
import { StatusBadge } from './status-badge';
import { TicketQr } from './ticket-qr';

interface ConcertFacts {
  title: string;
  artist: string;
  venue: string;
}

/** "AbCd EfGh ...": easier to read aloud or compare by eye; check-in ignores the spaces. */
const grouped = (code: string) => code.match(/.{1,4}/g)!.join(' ');

/**
 * One ticket as the door sees it: the QR code of its ticket code, the seat label, the date in
 * Seoul time and the venue. It prints as a single card on a page (PrintSheet on the page hides
 * the site around it). A refunded ticket shows no code: it no longer opens the door.
 */
export function ETicket({
  reservation,
  concert,
  cutoffHours,
}: {
  reservation: Reservation;
  concert: ConcertFacts;
  cutoffHours: number;
}) {
  const t = useTranslations('eticket');
  const format = useFormat();
  const code = reservation.ticketCode;
  return (
    <article
      data-print-sheet
      aria-labelledby="ticket-heading"
      className="mx-auto flex w-full max-w-md flex-col overflow-hidden rounded-3xl bg-surface shadow-lg ring-1 ring-line print:max-w-[120mm] print:ring-2"
    >
      <div className="relative h-28 print:hidden">
        <ConcertArt seed={reservation.concertId} slot={`eticket-${reservation.id}`} />
      </div>
      <div className="flex flex-col gap-1 border-b-2 border-dashed border-line px-6 py-5">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 id="ticket-heading" className="min-w-0 text-2xl font-extrabold leading-tight break-words">
            <span className="sr-only">{t('heading', { title: concert.title })}</span>
            <span aria-hidden="true">{concert.title}</span>
          </h1>
          <StatusBadge status={reservation.status} />
        </div>
        <p className="text-fg-muted">{concert.artist}</p>
      </div>

      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 px-6 py-5 text-sm">
        <div className="col-span-2 flex items-baseline gap-3">
          <dt className="sr-only">{t('seat')}</dt>
          <dd className="text-4xl font-black tabular-nums tracking-tight" data-testid="ticket-seat">
            {reservation.seatLabel}
          </dd>
          {reservation.grade && (
            <dd className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-bold text-accent-soft-fg">
              {t('grade', { grade: reservation.grade })}
            </dd>
          )}
        </div>
        <div className="col-span-2">
          <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{t('when')}</dt>
          <dd className="font-semibold">{format.dateTime(reservation.startsAt)}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{t('venue')}</dt>
          <dd className="font-semibold">{concert.venue}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{t('price')}</dt>
          <dd className="tabular-nums">{format.won(reservation.price)}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{t('bookingNo')}</dt>
          <dd className="font-mono">{reservation.id.slice(0, 8).toUpperCase()}</dd>
        </div>
      </dl>

      <div className="flex flex-col items-center gap-3 border-t border-line px-6 py-6 text-center">
        {code ? (
          <>
            <TicketQr
              code={code}
              label={t('qrLabel', { seat: reservation.seatLabel })}
              className="size-56 max-w-full rounded-lg ring-1 ring-line print:size-[60mm]"
            />
            <p className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{t('code')}</p>
            <p className="max-w-72 font-mono text-sm break-words" data-testid="ticket-code">
              {grouped(code)}
            </p>
            <p className="text-sm text-fg-soft">
              {reservation.checkedInAt ? t('usedAt', { time: format.dateTime(reservation.checkedInAt) }) : t('showAtDoor')}
            </p>
          </>
        ) : (
          <p className="text-sm text-fg-soft">{reservation.status === 'REFUNDED' ? t('refunded') : t('notPaid')}</p>
        )}
      </div>

      <div className="flex flex-col gap-3 border-t border-line px-6 py-4 print:hidden">
        <RefundButton reservation={reservation} cutoffHours={cutoffHours} />
        <div className="flex flex-wrap gap-3">
          {code && <PrintButton label={t('print')} />}
          {reservation.paymentId && (
            <Link
              href={`/receipts/${reservation.paymentId}`}
              className="self-center text-sm font-semibold text-accent-fg underline"
            >
              {t('receipt')}
            </Link>
          )}
        </div>
      </div>
    </article>
  );
}
