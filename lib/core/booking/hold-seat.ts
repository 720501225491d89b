import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import { addSeconds } from '@/lib/core/time/clock';
import { poolOf, type Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { BookingConfig } from './booking-config';
import { MAX_HOLDS_PER_USER } from './booking-rules';
import { heldReservationData } from './held-reservation';
import { reservationInclude, toReservationView, type ReservationView } from './reservation-view';
import { assertUnderTicketLimit, refuseOverTicketLimit, ticketFactsColumns, type TicketFacts } from './ticket-limit';

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
  return db.$transaction(async (tx) => {
    // NO KEY UPDATE: strong enough to serialise the user's holds and payments, and it does not
    // wait on the KEY SHARE locks that inserts referencing the user (queue tokens, keys) take.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User" WHERE id = ${input.userId}::uuid FOR NO KEY UPDATE`;
    if (locked.length === 0) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');

    const found = await tx.seat.findUnique({
      where: { id: input.seatId },
      select: {
        id: true,
        number: true,
        price: true,
        scheduleId: true,
        schedule: { select: { concertId: true, startsAt: true } },
      },
    });
    const seat = found && { ...found, ...found.schedule };
    const holds = await tx.reservation.count({
      where: { userId: input.userId, status: 'HELD', heldUntil: { gt: now } },
    });
    assertHoldable(seat, input.token, holds, now);
    await assertUnderTicketLimit(tx, { userId: input.userId, concertId: seat.concertId }, now);

    const heldUntil = addSeconds(now, config.holdTtlSeconds);
    // An expired hold counts as free even before the sweeper runs: the sweeper is tidiness,
    // never correctness.
    const won = await tx.$executeRaw`
      UPDATE "Seat" SET status = 'HELD', "heldUntil" = ${heldUntil}
      WHERE id = ${seat.id}::uuid
        AND (status = 'AVAILABLE' OR (status = 'HELD' AND "heldUntil" <= ${now}))`;
    if (won === 0) throw seatTaken(seat.number);

    // The expired hold we just took over still occupies the seat's one live slot
    // ("Reservation_one_live_per_seat") until it is marked.
    await tx.reservation.updateMany({
      where: { seatId: seat.id, status: 'HELD', heldUntil: { lte: now } },
      data: { status: 'EXPIRED' },
    });
    try {
      const row = await tx.reservation.create({
        data: heldReservationData(input.userId, seat, heldUntil, now),
        include: reservationInclude,
      });
      return toReservationView(row, now);
    } catch (error) {
      // The unique index is the last line of defence: a live reservation the seat row did not
      // show means the seat is taken, and the whole hold rolls back.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw seatTaken(seat.number);
      }
      throw error;
    }
  });
}

interface SeatFacts {
  number: number;
  concertId: string;
  startsAt: Date;
}

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
  const { rows } = await poolOf(db).query<SeatFacts & TicketFacts & { status: string; heldUntil: Date | null; holds: number }>(
    `SELECT s.number, s.status, s."heldUntil", d."concertId", d."startsAt",
       (SELECT count(*)::int FROM "Reservation" r
         WHERE r."userId" = $2::uuid AND r.status = 'HELD' AND r."heldUntil" > $3) AS holds,
       ${ticketFactsColumns('$2::uuid', 'd."concertId"', '$3')}
     FROM "Seat" s JOIN "Schedule" d ON d.id = s."scheduleId" WHERE s.id = $1::uuid`,
    [input.seatId, input.userId, now],
  );
  const seat = rows[0] ?? null;
  assertHoldable(seat, input.token, seat?.holds ?? 0, now);
  refuseOverTicketLimit(seat);
  if (seat.status === 'SOLD' || (seat.status === 'HELD' && seat.heldUntil! > now)) throw seatTaken(seat.number);
}
