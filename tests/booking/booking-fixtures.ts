import type { BookingConfig } from '@/lib/core/booking/booking-config';
import type { Db } from '@/lib/db/client';
import { makeQueueToken } from '@/lib/testing/factories';

export const CONFIG: BookingConfig = { holdTtlSeconds: 300 };

export const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

/** Admitted users of a concert: each with an ACTIVE queue token, as the gate would pass it. */
export async function admit(db: Db, users: { id: string }[], concertId: string, now = new Date()) {
  return Promise.all(
    users.map(async (user) => ({ userId: user.id, token: await makeQueueToken(db, user.id, concertId, { now }) })),
  );
}

/** The seats of one date, by number. */
export const seatsOf = (db: Db, scheduleId: string) => db.seat.findMany({ where: { scheduleId }, orderBy: { number: 'asc' } });

/** A seat and the reservations on it, to check they agree. */
export async function seatState(db: Db, seatId: string) {
  const seat = await db.seat.findUniqueOrThrow({ where: { id: seatId } });
  const reservations = await db.reservation.findMany({ where: { seatId }, orderBy: { createdAt: 'asc' } });
  return { seat, reservations };
}
