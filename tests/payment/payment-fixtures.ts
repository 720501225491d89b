import type { QueueConfig } from '@/lib/core/queue/queue-config';
import type { Db } from '@/lib/db/client';
import { makeHeldReservation, seatsOf } from '@/lib/testing/booking-factories';
import { makeConcert, makeQueueToken, makeUser } from '@/lib/testing/factories';

export const QUEUE: QueueConfig = { activeTtlSeconds: 600, idleTimeoutSeconds: 120, defaultActiveLimit: 100 };

export const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

/**
 * Other test files share the database and run the global sweepers (queue ticks, expired holds)
 * at times near the real clock or in the past. These tests live a month ahead, so nothing
 * swept there ever touches their tokens or holds.
 */
export const future = () => at(new Date(), 30 * 86_400_000);

/**
 * A user admitted to a concert (ACTIVE token) holding `seats` seats of its first date, with
 * `balance` won in a wallet whose ledger agrees.
 */
export async function buyer(
  db: Db,
  options: { now: Date; seats?: number; price?: number; balance?: number; activeLimit?: number; holdSeconds?: number },
) {
  const { now } = options;
  const concert = await makeConcert(db, {
    dates: [at(now, 60 * 86_400_000)],
    seats: 6,
    price: options.price ?? 50_000,
    activeLimit: options.activeLimit ?? 100,
  });
  const user = await makeUser(db);
  if (options.balance) {
    await db.user.update({ where: { id: user.id }, data: { balance: options.balance } });
    await db.walletTransaction.create({
      data: { userId: user.id, type: 'CHARGE', amount: options.balance, balanceAfter: options.balance, createdAt: now },
    });
  }
  const token = await makeQueueToken(db, user.id, concert.id, { now });
  const seats = await seatsOf(db, concert);
  const reservations = [];
  for (const seat of seats.slice(0, options.seats ?? 1)) {
    reservations.push(await makeHeldReservation(db, { userId: user.id, seat, now, holdSeconds: options.holdSeconds }));
  }
  return { concert, user, token, seats, reservations, ids: reservations.map((r) => r.id) };
}

/** Everything a payment may touch, to compare before and after a refusal. */
export async function snapshot(db: Db, userId: string, tokenId: string) {
  const [user, reservations, seats, token, ledger, payments, keys] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } }),
    db.reservation.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
    db.seat.findMany({ where: { reservations: { some: { userId } } }, orderBy: { id: 'asc' } }),
    db.queueToken.findUniqueOrThrow({ where: { id: tokenId } }),
    db.walletTransaction.findMany({ where: { userId }, orderBy: { seq: 'asc' } }),
    db.payment.count({ where: { userId } }),
    db.idempotencyRecord.findMany({ where: { userId } }),
  ]);
  return { balance: user.balance, reservations, seats, token, ledger, payments, keys };
}
