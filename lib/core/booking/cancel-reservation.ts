import { DomainError } from '@/lib/core/errors';
import type { Db } from '@/lib/db/client';
import { reservationInclude, toReservationView, type ReservationView } from './reservation-view';

/**
 * Releases the user's own unexpired hold: the reservation becomes CANCELLED and its seat
 * AVAILABLE in one transaction. Someone else's reservation is NOT_FOUND, as if it did not
 * exist, so ids cannot be probed.
 */
export async function cancelReservation(
  db: Db,
  input: { userId: string; reservationId: string },
  now: Date,
): Promise<ReservationView> {
  return db.$transaction(async (tx) => {
    const reservation = await tx.reservation.findFirst({
      where: { id: input.reservationId, userId: input.userId },
      select: { id: true, seatId: true },
    });
    if (!reservation) throw new DomainError('NOT_FOUND', 'No such reservation');

    // User, then Seat, then Reservation: the lock order of every booking transaction
    // (holdSeat), so a cancel racing a hold or a payment of the same seat cannot deadlock.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${input.userId}::uuid FOR NO KEY UPDATE`;
    await tx.$queryRaw`SELECT id FROM "Seat" WHERE id = ${reservation.seatId}::uuid FOR UPDATE`;
    const [cancelled] = await tx.$queryRaw<{ heldUntil: Date }[]>`
      UPDATE "Reservation" SET status = 'CANCELLED', "updatedAt" = ${now}
      WHERE id = ${reservation.id}::uuid AND status = 'HELD' AND "heldUntil" > ${now}
      RETURNING "heldUntil"`;
    if (!cancelled) {
      throw new DomainError('RESERVATION_NOT_CANCELLABLE', 'Only a hold that has not run out can be cancelled');
    }
    // The seat's heldUntil names the hold that owns it.
    await tx.$executeRaw`
      UPDATE "Seat" SET status = 'AVAILABLE', "heldUntil" = NULL
      WHERE id = ${reservation.seatId}::uuid AND status = 'HELD' AND "heldUntil" = ${cancelled.heldUntil}`;

    const row = await tx.reservation.findUniqueOrThrow({ where: { id: reservation.id }, include: reservationInclude });
    return toReservationView(row, now);
  });
}
