/**
 * Fixtures for the after-purchase specs (tickets, refunds, check-in, receipts), straight in the
 * e2e database (scripts/e2e.ts sets DATABASE_URL): paid tickets as a payment leaves them, and
 * the clock moved on where a spec cannot wait for it.
 */
import { makeTicket } from '@/lib/testing/booking-factories';
import { makeConcert } from '@/lib/testing/factories';
import { withDb } from './db';

const HOUR = 3_600_000;

/**
 * `count` paid tickets (seats 1..count of the first date) for the user, for a concert with one
 * date `showInHours` away (a week by default, well before the refund cutoff).
 */
export function ticketsFor(
  userId: string,
  options: { count?: number; showInHours?: number; price?: number; title?: string } = {},
) {
  return withDb(async (db) => {
    const concert = await makeConcert(db, {
      dates: [new Date(Date.now() + (options.showInHours ?? 7 * 24) * HOUR)],
      seats: 10,
      price: options.price ?? 88_000,
      title: options.title,
    });
    const seats = await db.seat.findMany({ where: { scheduleId: concert.schedules[0].id }, orderBy: { number: 'asc' } });
    const tickets = [];
    for (const seat of seats.slice(0, options.count ?? 1)) tickets.push(await makeTicket(db, { userId, seat }));
    return { concert, seats, tickets };
  });
}

/** The reservation's row as the database holds it now. */
export function reservationRow(id: string) {
  return withDb((db) => db.reservation.findUniqueOrThrow({ where: { id } }));
}
