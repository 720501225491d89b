/** Invariants of money and seats, checked in SQL over the whole database. */
import type pg from 'pg';
import { check, type Check } from './context';

/** Every balance equals the sum of its ledger (charges and refunds in, payments out). */
export async function checkLedger(pool: pg.Pool, label: string): Promise<Check> {
  const {
    rows: [row],
  } = await pool.query<{ users: number; off: number; example: string | null }>(
    `WITH ledger AS (
       SELECT "userId", sum(CASE type WHEN 'PAYMENT' THEN -amount ELSE amount END)::bigint AS total
       FROM "WalletTransaction" GROUP BY "userId")
     SELECT count(*)::int AS users,
            count(*) FILTER (WHERE u.balance <> coalesce(l.total, 0))::int AS off,
            min(u.email) FILTER (WHERE u.balance <> coalesce(l.total, 0)) AS example
     FROM "User" u LEFT JOIN ledger l ON l."userId" = u.id`,
  );
  return check(
    `${label} balances == ledger sums`,
    row.off === 0,
    row.off ? `${row.off} of ${row.users} users differ, e.g. ${row.example}` : `all ${row.users} users agree`,
  );
}

/** No seat is sold twice, and every sold seat has exactly one confirmed reservation. */
export async function checkNoSeatSoldTwice(pool: pg.Pool, label: string): Promise<Check> {
  const {
    rows: [row],
  } = await pool.query<{ doubled: number; sold: number; confirmed: number }>(
    `SELECT (SELECT count(*)::int FROM (SELECT "seatId" FROM "Reservation" WHERE status = 'CONFIRMED'
                                        GROUP BY "seatId" HAVING count(*) > 1) d) AS doubled,
            (SELECT count(*)::int FROM "Seat" WHERE status = 'SOLD') AS sold,
            (SELECT count(*)::int FROM "Reservation" WHERE status = 'CONFIRMED') AS confirmed`,
  );
  return check(
    `${label} no seat sold twice`,
    row.doubled === 0 && row.sold === row.confirmed,
    `${row.sold} seats SOLD, ${row.confirmed} reservations CONFIRMED, ${row.doubled} seats confirmed twice`,
  );
}
