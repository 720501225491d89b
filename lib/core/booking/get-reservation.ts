import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import { reservationInclude, toReservationView, type ReservationView } from './reservation-view';

/** One of the user's own reservations; anyone else's is NOT_FOUND, as if it did not exist. */
export async function getReservation(
  db: Tx,
  input: { userId: string; reservationId: string },
  now: Date,
): Promise<ReservationView> {
  const row = await db.reservation.findFirst({
    where: { id: input.reservationId, userId: input.userId },
    include: reservationInclude,
  });
  if (!row) throw new DomainError('NOT_FOUND', 'No such reservation');
  return toReservationView(row, now);
}
