import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import { addSeconds } from '@/lib/core/time/clock';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { MAX_HOLDS_PER_USER, type BookingConfig } from './booking-config';
import { reservationInclude, toReservationView, type ReservationView } from './reservation-view';

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
  return db.$transaction(async (tx) => {
    // NO KEY UPDATE: strong enough to serialise the user's holds and payments, and it does not
    // wait on the KEY SHARE locks that inserts referencing the user (queue tokens, keys) take.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User" WHERE id = ${input.userId}::uuid FOR NO KEY UPDATE`;
    if (locked.length === 0) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');

    const seat = await tx.seat.findUnique({
      where: { id: input.seatId },
      select: { id: true, number: true, price: true, scheduleId: true, schedule: { select: { concertId: true, startsAt: true } } },
    });
    if (!seat) throw new DomainError('NOT_FOUND', 'No such seat');
    assertTokenForConcert(input.token, seat.schedule.concertId);
    if (seat.schedule.startsAt <= now) {
      throw new DomainError('SEAT_UNAVAILABLE', 'This date has already begun: its seats are no longer on sale');
    }

    const holds = await tx.reservation.count({
      where: { userId: input.userId, status: 'HELD', heldUntil: { gt: now } },
    });
    if (holds >= MAX_HOLDS_PER_USER) {
      throw new DomainError(
        'HOLD_LIMIT_REACHED',
        `You already hold ${MAX_HOLDS_PER_USER} seats: pay for them or release one first`,
      );
    }

    const heldUntil = addSeconds(now, config.holdTtlSeconds);
    // An expired hold counts as free even before the sweeper runs: the sweeper is tidiness,
    // never correctness.
    const won = await tx.$executeRaw`
      UPDATE "Seat" SET status = 'HELD', "heldUntil" = ${heldUntil}
      WHERE id = ${seat.id}::uuid
        AND (status = 'AVAILABLE' OR (status = 'HELD' AND "heldUntil" <= ${now}))`;
    if (won === 0) throw new DomainError('SEAT_UNAVAILABLE', `Seat ${seat.number} is held or sold`);

    // The expired hold we just took over still occupies the seat's one live slot
    // ("Reservation_one_live_per_seat") until it is marked.
    await tx.reservation.updateMany({
      where: { seatId: seat.id, status: 'HELD', heldUntil: { lte: now } },
      data: { status: 'EXPIRED' },
    });
    try {
      const row = await tx.reservation.create({
        data: {
          userId: input.userId,
          concertId: seat.schedule.concertId,
          scheduleId: seat.scheduleId,
          seatId: seat.id,
          price: seat.price,
          status: 'HELD',
          heldUntil,
          createdAt: now,
        },
        include: reservationInclude,
      });
      return toReservationView(row, now);
    } catch (error) {
      // The unique index is the last line of defence: a live reservation the seat row did not
      // show means the seat is taken, and the whole hold rolls back.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError('SEAT_UNAVAILABLE', `Seat ${seat.number} is held or sold`);
      }
      throw error;
    }
  });
}
