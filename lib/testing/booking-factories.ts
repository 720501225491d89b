/**
 * Booking rows straight in the database, for tests of what comes after a hold (payments):
 * the seat and its reservation exactly as holdSeat leaves them.
 */
import { heldReservationData } from '@/lib/core/booking/held-reservation';
import type { Db } from '@/lib/db/client';

export async function makeHeldReservation(
  db: Db,
  options: { userId: string; seat: { id: string }; now?: Date; holdSeconds?: number; heldUntil?: Date },
) {
  const now = options.now ?? new Date();
  // A heldUntil in the past makes a hold the sweeper has not reached yet.
  const heldUntil = options.heldUntil ?? new Date(now.getTime() + (options.holdSeconds ?? 300) * 1000);
  return db.$transaction(async (tx) => {
    const seat = await tx.seat.update({
      where: { id: options.seat.id, status: 'AVAILABLE' },
      data: { status: 'HELD', heldUntil },
      include: { schedule: { select: { concertId: true } } },
    });
    return tx.reservation.create({
      data: heldReservationData(options.userId, { ...seat, concertId: seat.schedule.concertId }, heldUntil, now),
    });
  });
}

/** The seats of a concert's first date, by number. */
export async function seatsOf(db: Db, concert: { schedules: { id: string }[] }) {
  return db.seat.findMany({ where: { scheduleId: concert.schedules[0].id }, orderBy: { number: 'asc' } });
}
