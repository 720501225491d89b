import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import { addSeconds } from '@/lib/core/time/clock';
import type { Db } from '@/lib/db/client';
import { isUniqueViolation, sql } from '@/lib/db/sql';
import type { BookingConfig } from './booking-config';
import { MAX_HOLDS_PER_USER } from './booking-rules';
import { flatReservationView, type FlatReservationRow, type ReservationView } from './reservation-view';
import { refuseOverTicketLimit, ticketFactsColumns, type TicketFacts } from './ticket-limit';

export interface HoldSeatInput {
  userId: string;
  /** The checked queue token of the request: it must be for the seat's concert. */
  token: QueueTokenRecord;
  seatId: string;
}

/**
 * Holds a seat for the user until now + holdTtlSeconds, in one statement: a call of the database
 * function hold_seat (its migration has the SQL), after a look without locks that answers most
 * of a rush's losers.
 *
 * Two locks make it safe under any concurrency. The user's row lock serialises one user's
 * holds, so the hold-limit and ticket-limit counts, read after it, cannot be outrun by their own
 * racing requests (other users never wait on it). The conditional UPDATE on the seat decides the
 * race for the seat: its WHERE clause is the availability check, so of any number of concurrent
 * holds exactly one changes the row and the rest see it HELD once the winner commits. Inside one
 * call those locks are held only while PostgreSQL works, never across a round trip to this
 * process, so a rush's first wave does not queue behind each winner's round trips (decision 012).
 *
 * Every booking transaction locks in the order User, Seat, Reservation (cancelReservation and
 * sweepExpiredHolds too; a payment must as well), so none of them can deadlock another.
 */
export async function holdSeat(db: Db, input: HoldSeatInput, config: BookingConfig, now: Date): Promise<ReservationView> {
  const seen = await refusePlainLosers(db, input, now);
  let held: HoldOutcome;
  try {
    [held] = await sql(db).query<HoldOutcome>(
      `SELECT outcome, seat_number AS number, concert_id::text AS "concertId", starts_at AS "startsAt", holds,
         ticket_limit AS "ticketLimit", tickets,
         r_id::text AS id, r_schedule::text AS "scheduleId", r_seat::text AS "seatId", seat_label AS "seatLabel",
         seat_grade AS grade, r_price AS price, r_status AS status, r_held_until AS "heldUntil", r_payment::text AS "paymentId",
         r_ticket_code AS "ticketCode", r_checked_in_at AS "checkedInAt", r_created_at AS "createdAt"
       FROM hold_seat($1::uuid, $2::uuid, $3, $4, $5::uuid, $6)`,
      [input.userId, input.seatId, now, addSeconds(now, config.holdTtlSeconds), input.token.concertId, MAX_HOLDS_PER_USER],
    );
  } catch (error) {
    // The unique index is the last line of defence: a live reservation the seat row did not
    // show means the seat is taken, and the whole hold rolls back.
    if (isUniqueViolation(error)) throw seatTaken(seen.number);
    throw error;
  }
  switch (held.outcome) {
    case 'held':
      return flatReservationView({ ...(held as FlatReservationRow), seatNumber: held.number }, now);
    case 'no_user':
      throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    case 'taken':
      throw seatTaken(held.number);
    default: {
      // 'no_seat' or 'refused': the same rules, on the facts read under the lock, say which.
      const facts = held.outcome === 'no_seat' ? null : held;
      assertHoldable(facts, input.token, held.holds ?? 0, now);
      refuseOverTicketLimit(facts);
      throw new Error(`hold_seat answered ${held.outcome} for a hold its rules allow (seat ${input.seatId})`);
    }
  }
}

/** What hold_seat answers: the outcome, the facts its rules read, and the new reservation when held. */
type HoldOutcome = HoldFacts & Partial<FlatReservationRow> & { outcome: 'held' | 'no_user' | 'no_seat' | 'refused' | 'taken' };

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
 * One statement without locks, before hold_seat: in a race for a seat nearly everyone finds it
 * already taken, and this answers them as hold_seat would, sparing them its locks (a loser would
 * otherwise wait on the seat's row lock until the winner commits). What it reads was true when
 * read (a live hold or a sale, a user at a limit), so a refusal is right; whatever it lets
 * through, hold_seat decides again under its locks. Returns the facts it read.
 */
async function refusePlainLosers(db: Db, input: HoldSeatInput, now: Date): Promise<HoldFacts> {
  const [seat = null] = await sql(db).query<HoldFacts & { status: string; heldUntil: Date | null }>(
    `SELECT s.status, s."heldUntil", ${HOLD_FACTS} FROM "Seat" s JOIN "Schedule" d ON d.id = s."scheduleId"
     WHERE s.id = $1::uuid`,
    [input.seatId, input.userId, now],
  );
  assertHoldable(seat, input.token, seat?.holds ?? 0, now);
  refuseOverTicketLimit(seat);
  if (seat.status === 'SOLD' || (seat.status === 'HELD' && seat.heldUntil! > now)) throw seatTaken(seat.number);
  return seat;
}
