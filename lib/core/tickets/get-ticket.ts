import { reservationInclude, toReservationView, type ReservationView } from '@/lib/core/booking/reservation-view';
import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';

export interface TicketView {
  reservation: ReservationView;
  concert: { title: string; artist: string; venue: string };
}

/**
 * One of the user's reservations with what its ticket prints: the concert's title, artist and
 * venue, whether or not the date is still on sale. Anyone else's is NOT_FOUND.
 */
export async function getTicket(db: Tx, input: { userId: string; reservationId: string }, now: Date): Promise<TicketView> {
  const row = await db.reservation.findFirst({
    where: { id: input.reservationId, userId: input.userId },
    include: { ...reservationInclude, concert: { select: { title: true, artist: true, venue: true } } },
  });
  if (!row) throw new DomainError('NOT_FOUND', 'No such reservation');
  return { reservation: toReservationView(row, now), concert: row.concert };
}
