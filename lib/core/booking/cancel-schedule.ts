import { DomainError, isDomainError } from '@/lib/core/errors';
import type { Db } from '@/lib/db/client';
import type { CancelledSchedule } from '@/lib/schemas/tickets';
import { refundReservation } from './refund-reservation';

/**
 * Calls a date off: no longer on sale, its holds released and every ticket refunded. In three
 * steps, each of which stands on its own, so an interrupted cancellation is finished by running
 * it again (a second call refunds what is left and reports it):
 *
 * 1. The date is marked cancelled and that commits first. From then on the date is not listed
 *    and no hold can take one of its seats: trigger "Seat_no_hold_on_cancelled_date" skips the
 *    seat's UPDATE, so holdSeat answers SEAT_UNAVAILABLE.
 * 2. One transaction locks every seat of the date (by id, the order payReservations locks
 *    seats in) and ends every hold on it. A hold that took its seat before step 1 committed
 *    still holds that seat's lock, so this waits for it and sees it. A payment racing this
 *    either confirms first (and its ticket is refunded in step 3) or finds its hold CANCELLED.
 * 3. Each CONFIRMED ticket is refunded in its own transaction (refundReservation, as an admin),
 *    so no ticket is ever half refunded. None can appear after step 2: there is no hold left
 *    to pay for. A ticket its holder refunds meanwhile is simply already refunded.
 */
export async function cancelSchedule(db: Db, input: { scheduleId: string }, now: Date): Promise<CancelledSchedule> {
  const [schedule] = await db.$queryRaw<{ cancelledAt: Date }[]>`
    UPDATE "Schedule" SET "cancelledAt" = COALESCE("cancelledAt", ${now})
    WHERE id = ${input.scheduleId}::uuid
    RETURNING "cancelledAt"`;
  if (!schedule) throw new DomainError('NOT_FOUND', 'No such date');

  const holdsReleased = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Seat" WHERE "scheduleId" = ${input.scheduleId}::uuid ORDER BY id FOR UPDATE`;
    const ended = await tx.$queryRaw<{ live: boolean }[]>`
      UPDATE "Reservation"
      SET status = (CASE WHEN "heldUntil" > ${now} THEN 'CANCELLED' ELSE 'EXPIRED' END)::"ReservationStatus",
          "updatedAt" = ${now}
      WHERE "scheduleId" = ${input.scheduleId}::uuid AND status = 'HELD'
      RETURNING status = 'CANCELLED' AS live`;
    // Every seat of the date is locked and none has a live hold left, so a HELD seat is a stale one.
    await tx.$executeRaw`
      UPDATE "Seat" SET status = 'AVAILABLE', "heldUntil" = NULL
      WHERE "scheduleId" = ${input.scheduleId}::uuid AND status = 'HELD'`;
    return ended.filter((row) => row.live).length;
  });

  const tickets = await db.reservation.findMany({
    where: { scheduleId: input.scheduleId, status: 'CONFIRMED' },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  let ticketsRefunded = 0;
  for (const { id } of tickets) {
    try {
      await refundReservation(db, { reservationId: id, by: { role: 'admin' }, idempotency: null }, now);
      ticketsRefunded += 1;
    } catch (error) {
      if (!(await alreadyRefunded(db, id, error))) throw error;
    }
  }
  return {
    scheduleId: input.scheduleId,
    cancelledAt: schedule.cancelledAt.toISOString(),
    holdsReleased,
    ticketsRefunded,
  };
}

/** Its holder (or another admin) refunded the ticket between our list and our refund. */
async function alreadyRefunded(db: Db, reservationId: string, error: unknown) {
  if (!isDomainError(error) || error.code !== 'RESERVATION_NOT_REFUNDABLE') return false;
  const row = await db.reservation.findUnique({ where: { id: reservationId }, select: { status: true } });
  return row?.status === 'REFUNDED';
}
