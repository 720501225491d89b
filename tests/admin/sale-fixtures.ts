/**
 * Seat states written straight into the database as booking and payment leave them (seat row
 * and reservation together), so the admin read models can be tested without a queue or wallet.
 */
import type { Db } from '@/lib/db/client';

type SeatRef = { id: string; scheduleId: string; price: number };

async function concertOf(db: Db, seat: SeatRef) {
  const schedule = await db.schedule.findUniqueOrThrow({ where: { id: seat.scheduleId }, select: { concertId: true } });
  return schedule.concertId;
}

/** A paid seat: SOLD, its reservation CONFIRMED by a payment of its own. */
export async function sellDirect(db: Db, userId: string, seat: SeatRef, now: Date) {
  const payment = await db.payment.create({ data: { userId, amount: seat.price, createdAt: now } });
  await db.seat.update({ where: { id: seat.id }, data: { status: 'SOLD', heldUntil: null } });
  return db.reservation.create({
    data: {
      userId,
      concertId: await concertOf(db, seat),
      scheduleId: seat.scheduleId,
      seatId: seat.id,
      price: seat.price,
      status: 'CONFIRMED',
      heldUntil: now,
      paymentId: payment.id,
    },
  });
}

/** A reservation that no longer holds its seat (cancelled or expired); the seat stays as it is. */
export async function pastReservation(db: Db, userId: string, seat: SeatRef, status: 'CANCELLED' | 'EXPIRED', at: Date) {
  return db.reservation.create({
    data: {
      userId,
      concertId: await concertOf(db, seat),
      scheduleId: seat.scheduleId,
      seatId: seat.id,
      price: seat.price,
      status,
      heldUntil: at,
    },
  });
}

export function seatsOf(db: Db, scheduleId: string) {
  return db.seat.findMany({ where: { scheduleId }, orderBy: { number: 'asc' } });
}
