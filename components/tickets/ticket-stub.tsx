import { useTranslations } from 'next-intl';
import { ConcertArt } from '@/components/concerts/concert-art';
import { useFormat } from '@/components/ui/use-format';
import type { Reservation } from '@/lib/query/types';
import { StatusBadge } from './status-badge';

interface ConcertLabel {
  id: string;
  title: string;
  artist: string;
  venue: string;
}

/** A reservation drawn as a ticket: artwork stub, perforation, then the details. */
export function TicketStub({
  reservation,
  concert,
  action,
}: {
  reservation: Reservation;
  concert: ConcertLabel | null;
  action?: React.ReactNode;
}) {
  const t = useTranslations('tickets.stub');
  const format = useFormat();
  const faded = reservation.status === 'EXPIRED' || reservation.status === 'CANCELLED';
  const title = concert?.title ?? t('concert');
  return (
    <article
      aria-label={t('label', { title, label: reservation.seatLabel })}
      className={`relative flex overflow-hidden rounded-2xl bg-surface shadow-sm ring-1 ring-line ${faded ? 'opacity-75' : ''}`}
    >
      <div className="relative w-20 shrink-0 sm:w-28">
        <ConcertArt seed={reservation.concertId} slot={`stub-${reservation.id}`} />
        <div className="absolute inset-0 flex flex-col items-center justify-center bg-black/30 text-white">
          <span className="text-[10px] font-semibold uppercase tracking-widest">{t('seat')}</span>
          <span
            className={`font-extrabold tabular-nums ${reservation.seatLabel.length > 3 ? 'text-lg sm:text-2xl' : 'text-2xl sm:text-3xl'}`}
          >
            {reservation.seatLabel}
          </span>
          {reservation.grade && <span className="text-xs font-bold">{reservation.grade}</span>}
        </div>
      </div>
      <div aria-hidden="true" className="relative w-0 border-l-2 border-dashed border-line">
        <span className="absolute -left-2 -top-2 size-4 rounded-full bg-page ring-1 ring-line" />
        <span className="absolute -bottom-2 -left-2 size-4 rounded-full bg-page ring-1 ring-line" />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1 p-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 className="min-w-0 font-bold leading-snug wrap-anywhere">{title}</h3>
          <StatusBadge status={reservation.status} />
        </div>
        {concert && (
          <p className="truncate text-sm text-fg-muted">
            {concert.artist} · {concert.venue}
          </p>
        )}
        <p className="text-sm text-fg">{format.dateTime(reservation.startsAt)}</p>
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-sm">
          <span className="font-semibold tabular-nums">{format.won(reservation.price)}</span>
          <span className="font-mono text-xs text-fg-muted">
            {t('number', { number: reservation.id.slice(0, 8).toUpperCase() })}
          </span>
        </div>
        {action}
      </div>
    </article>
  );
}
