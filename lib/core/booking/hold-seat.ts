import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import { addSeconds } from '@/lib/core/time/clock';
import type { Db } from '@/lib/db/client';
import { isUniqueViolation, sql, transaction } from '@/lib/db/sql';
import type { BookingConfig } from './booking-config';
import { MAX_HOLDS_PER_USER } from './booking-rules';
import { heldReservationData } from './held-reservation';
import { flatReservationView, RESERVATION_VIEW_COLUMNS, type FlatReservationRow, type ReservationView } from './reservation-view';
import { refuseOverTicketLimit, ticketFactsColumns, type TicketFacts } from './ticket-limit';

export interface HoldSeatInput {
  userId: string;
  /** The checked queue token of the request: it must be for the seat's concert. */
  token: QueueTokenRecord;
  seatId: string;
}

/**
 * Holds a seat for the user until now + holdTtlSeconds, in one transaction.
 *
 * Two locks make it safe under any concurrency. The user's row lock serialises one user's
 * holds, so the hold-limit count cannot be outrun by their own racing requests (other users
 * never wait on it). The conditional UPDATE on the seat decides the race for the seat: its
 * WHERE clause is the availability check, so of any number of concurrent holds exactly one
 * changes the row and the rest see it HELD once the winner commits.
 *
 * Every booking transaction locks in the order User, Seat, Reservation (cancelReservation and
 * sweepExpiredHolds too; a payment must as well), so none of them can deadlock another.
 */
export async function holdSeat(db: Db, input: HoldSeatInput, config: BookingConfig, now: Date): Promise<ReservationView> {
  await refusePlainLosers(db, input, now);
  return transaction(db, async (sql) => {
    // NO KEY UPDATE: strong enough to serialise the user's holds and payments, and it does not
    // wait on the KEY SHARE locks that inserts referencing the user (queue tokens, keys) take.
    const locked = await sql.query(`SELECT id FROM "User" WHERE id = $1::uuid FOR NO KEY UPDATE`, [input.userId]);
    if (locked.length === 0) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');

    // Read after the lock, in a statement of its own: its snapshot sees every hold and payment
    // of this user that committed before the lock was ours.
    const [seat = null] = await sql.query<HoldFacts & { id: string; price: number; scheduleId: string }>(
      `SELECT s.id::text, s.price, s."scheduleId"::text, ${HOLD_FACTS} FROM "Seat" s JOIN "Schedule" d ON d.id = s."scheduleId"
       WHERE s.id = $1::uuid`,
      [input.seatId, input.userId, now],
    );
    assertHoldable(seat, input.token, seat?.holds ?? 0, now);
    refuseOverTicketLimit(seat);

    const heldUntil = addSeconds(now, config.holdTtlSeconds);
    // An expired hold counts as free even before the sweeper runs: the sweeper is tidiness,
    // never correctness. The expired hold taken over still occupies the seat's one live slot
    // ("Reservation_one_live_per_seat") until it is marked, in the same statement.
    const [{ won }] = await sql.query<{ won: number }>(
      `WITH won AS (
         UPDATE "Seat" SET status = 'HELD', "heldUntil" = $2
         WHERE id = $1::uuid AND (status = 'AVAILABLE' OR (status = 'HELD' AND "heldUntil" <= $3))
         RETURNING id),
       expired AS (
         UPDATE "Reservation" r SET status = 'EXPIRED', "updatedAt" = $3 FROM won
         WHERE r."seatId" = won.id AND r.status = 'HELD' AND r."heldUntil" <= $3)
       SELECT count(*)::int AS won FROM won`,
      [seat.id, heldUntil, now],
    );
    if (won === 0) throw seatTaken(seat.number);

    const data = heldReservationData(input.userId, seat, heldUntil, now);
    try {
      const [row] = await sql.query<FlatReservationRow>(
        `WITH r AS (
           INSERT INTO "Reservation" ("userId", "concertId", "scheduleId", "seatId", price, status, "heldUntil", "createdAt", "updatedAt")
           VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6::"ReservationStatus", $7, $8, $8)
           RETURNING *)
         SELECT ${RESERVATION_VIEW_COLUMNS} FROM r JOIN "Seat" s ON s.id = r."seatId" JOIN "Schedule" d ON d.id = r."scheduleId"`,
        [data.userId, data.concertId, data.scheduleId, data.seatId, data.price, data.status, data.heldUntil, data.createdAt],
      );
      return flatReservationView(row, now);
    } catch (error) {
      // The unique index is the last line of defence: a live reservation the seat row did not
      // show means the seat is taken, and the whole hold rolls back.
      if (isUniqueViolation(error)) throw seatTaken(seat.number);
      throw error;
    }
  });
}

interface SeatFacts {
  number: number;
  concertId: string;
  startsAt: Date;
}

type HoldFacts = SeatFacts & TicketFacts & { holds: number };

/**
 * What the rules of a hold read, as select-list text over a seat `s` and its date `d`, with the
 * seat's id, the user's id and the time as $1, $2 and $3: the date, the user's live holds and
 * their tickets for the concert.
 */
const HOLD_FACTS = `s.number, d."concertId"::text, d."startsAt",
  (SELECT count(*)::int FROM "Reservation" r WHERE r."userId" = $2::uuid AND r.status = 'HELD' AND r."heldUntil" > $3) AS holds,
  ${ticketFactsColumns('$2::uuid', 'd."concertId"', '$3')}`;

/** The rules a hold checks before it races for the seat, in the order docs/api.md answers them. */
function assertHoldable<T extends SeatFacts>(
  seat: T | null,
  token: QueueTokenRecord,
  liveHolds: number,
  now: Date,
): asserts seat is T {
  if (!seat) throw new DomainError('NOT_FOUND', 'No such seat');
  assertTokenForConcert(token, seat.concertId);
  if (seat.startsAt <= now) {
    throw new DomainError('SEAT_UNAVAILABLE', 'This date has already begun: its seats are no longer on sale');
  }
  if (liveHolds >= MAX_HOLDS_PER_USER) {
    throw new DomainError(
      'HOLD_LIMIT_REACHED',
      `You already hold ${MAX_HOLDS_PER_USER} seats: pay for them or release one first`,
    );
  }
}

const seatTaken = (number: number) => new DomainError('SEAT_UNAVAILABLE', `Seat ${number} is held or sold`);

/**
 * One statement without locks, before the transaction: in a race for a seat nearly everyone
 * finds it already taken, and this answers them as the transaction would, sparing them its
 * round trips and the user lock. What it reads was true when read (a live hold or a sale, a
 * user at the limit), so a refusal is right; whatever it lets through, the transaction decides
 * again under its locks.
 */
async function refusePlainLosers(db: Db, input: HoldSeatInput, now: Date) {
  const [seat = null] = await sql(db).query<HoldFacts & { status: string; heldUntil: Date | null }>(
    `SELECT s.status, s."heldUntil", ${HOLD_FACTS} FROM "Seat" s JOIN "Schedule" d ON d.id = s."scheduleId"
     WHERE s.id = $1::uuid`,
    [input.seatId, input.userId, now],
  );
  assertHoldable(seat, input.token, seat?.holds ?? 0, now);
  refuseOverTicketLimit(seat);
  if (seat.status === 'SOLD' || (seat.status === 'HELD' && seat.heldUntil! > now)) throw seatTaken(seat.number);
}
