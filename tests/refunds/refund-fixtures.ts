import type { Db } from '@/lib/db/client';
import { makeTicket, seatsOf } from '@/lib/testing/booking-factories';
import { makeConcert, makeUser } from '@/lib/testing/factories';

export const HOUR = 3_600_000;
export const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

/**
 * Other test files run the global sweepers at times near the real clock. These tests live a
 * month ahead (as the payment tests do), so nothing swept there touches their holds.
 */
export const future = () => at(new Date(), 30 * 86_400_000);

/** A fan with `tickets` paid tickets (seats 1..tickets) for one date `showIn` ms after `now`. */
export async function ticketHolder(
  db: Db,
  options: { now: Date; showIn?: number; tickets?: number; price?: number; seats?: number },
) {
  const { now } = options;
  const concert = await makeConcert(db, {
    dates: [at(now, options.showIn ?? 7 * 24 * HOUR)],
    seats: options.seats ?? 6,
    price: options.price ?? 50_000,
  });
  const user = await makeUser(db);
  const seats = await seatsOf(db, concert);
  const tickets = [];
  for (const seat of seats.slice(0, options.tickets ?? 1)) tickets.push(await makeTicket(db, { userId: user.id, seat, now }));
  return { concert, user, seats, tickets, ids: tickets.map((t) => t.id) };
}

/** The users among `userIds` whose balance is not the sum of their ledger (none, if all is well). */
export async function unbalanced(db: Db, userIds: string[]) {
  return db.$queryRaw<{ id: string; balance: number; ledger: number }[]>`
    SELECT u.id::text, u.balance,
      COALESCE(SUM(CASE WHEN t.type = 'PAYMENT' THEN -t.amount ELSE t.amount END), 0)::int AS ledger
    FROM "User" u LEFT JOIN "WalletTransaction" t ON t."userId" = u.id
    WHERE u.id = ANY(${userIds}::uuid[])
    GROUP BY u.id
    HAVING u.balance <> COALESCE(SUM(CASE WHEN t.type = 'PAYMENT' THEN -t.amount ELSE t.amount END), 0)`;
}

/** A rejected promise's error code. */
export const codes = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code ?? String(r.reason)] : []));
