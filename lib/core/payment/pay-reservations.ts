import { reservationInclude, toReservationView, type ReservationView } from '@/lib/core/booking/reservation-view';
import { DomainError } from '@/lib/core/errors';
import { claimKey, storeResponse, type IdempotencyContext } from '@/lib/core/idempotency/idempotency';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import type { Db } from '@/lib/db/client';

export interface PayReservationsInput {
  userId: string;
  /** The checked queue token of the request: the payment uses it up. */
  token: QueueTokenRecord;
  /** 1..MAX_RESERVATIONS_PER_PAYMENT distinct, lower-case ids (checked at the edge). */
  reservationIds: string[];
  idempotency: IdempotencyContext | null;
}

/** The answer of POST /api/v1/payments. */
export interface PaymentView {
  id: string;
  amount: number;
  balance: number;
  reservations: ReservationView[];
}

interface LockedReservation {
  id: string;
  concertId: string;
  status: 'HELD' | 'CONFIRMED' | 'CANCELLED' | 'EXPIRED' | 'REFUNDED';
  heldUntil: Date;
  price: number;
}

/**
 * Pays the user's held reservations from the wallet, all or nothing, in one transaction: the
 * balance goes down by their total with one PAYMENT ledger row, every reservation is CONFIRMED,
 * every seat SOLD, and the queue token is used up. Any refusal rolls all of it back.
 *
 * Locks are taken User, then Seat, then Reservation: the order of holdSeat, cancelReservation
 * and sweepExpiredHolds, so a payment racing any of them cannot deadlock. The User lock also
 * serialises one user's payments. The checks read the locked rows, so a payment racing the
 * hold's expiry settles one way: at `now` before heldUntil it pays; at or after, it is
 * RESERVATION_EXPIRED; and a sweep or a new hold waits for it or goes first, never both.
 *
 * After commit the store admits the next in line into the slot the token freed.
 */
export async function payReservations(db: Db, queue: QueueStore, input: PayReservationsInput, now: Date): Promise<PaymentView> {
  const ids = input.reservationIds;
  const payment = await db.$transaction(async (tx) => {
    if (input.idempotency) await claimKey(tx, input.idempotency, now);
    // NO KEY UPDATE, not UPDATE: claimKey's foreign key holds a KEY SHARE lock on this row, and
    // two same-user payments each upgrading past the other's KEY SHARE would deadlock.
    const user = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User" WHERE id = ${input.userId}::uuid FOR NO KEY UPDATE`;
    if (user.length === 0) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    // The token is checked before the reservations, as docs/api.md orders the checks; a pass used
    // up or timed out since the request's gate refuses the payment here.
    // The token's end is part of this transaction (QueueStore.endInTransaction).
    await queue.endInTransaction(tx, input.token.id, now);

    const owned = await tx.reservation.findMany({
      where: { id: { in: ids }, userId: input.userId },
      select: { seatId: true },
    });
    // Someone else's reservation reads as missing, so ids cannot be probed.
    if (owned.length !== ids.length) throw new DomainError('NOT_FOUND', 'No such reservation');
    const seatIds = owned.map((r) => r.seatId);
    await tx.$queryRaw`SELECT id FROM "Seat" WHERE id = ANY(${seatIds}::uuid[]) ORDER BY id FOR UPDATE`;
    const locked = await tx.$queryRaw<LockedReservation[]>`
      SELECT id::text, "concertId"::text, status::text, "heldUntil", price FROM "Reservation"
      WHERE id = ANY(${ids}::uuid[]) AND "userId" = ${input.userId}::uuid ORDER BY id FOR UPDATE`;
    if (locked.length !== ids.length) throw new DomainError('NOT_FOUND', 'No such reservation');
    assertPayable(locked, input.token, now);

    const total = locked.reduce((sum, r) => sum + r.price, 0);
    const [paid] = await tx.$queryRaw<{ balance: number }[]>`
      UPDATE "User" SET balance = balance - ${total}
      WHERE id = ${input.userId}::uuid AND balance >= ${total}
      RETURNING balance`;
    if (!paid) {
      throw new DomainError('INSUFFICIENT_BALANCE', `Your wallet cannot cover ${total.toLocaleString('en-US')} won`);
    }

    const { id: paymentId } = await tx.payment.create({
      data: { userId: input.userId, amount: total, createdAt: now },
      select: { id: true },
    });
    const confirmed = await tx.$executeRaw`
      UPDATE "Reservation" SET status = 'CONFIRMED', "paymentId" = ${paymentId}::uuid, "updatedAt" = ${now}
      WHERE id = ANY(${ids}::uuid[]) AND status = 'HELD' AND "heldUntil" > ${now}`;
    // The seat's heldUntil names the hold that owns it: only a seat this hold still owns is sold.
    const sold = await tx.$executeRaw`
      UPDATE "Seat" s SET status = 'SOLD', "heldUntil" = NULL
      FROM "Reservation" r
      WHERE r.id = ANY(${ids}::uuid[]) AND s.id = r."seatId" AND s.status = 'HELD' AND s."heldUntil" = r."heldUntil"`;
    if (confirmed !== ids.length || sold !== ids.length) {
      // The locked rows said payable, so this is a broken invariant: sell nothing.
      throw new Error(`Payment of ${ids.join(', ')} confirmed ${confirmed} reservations and sold ${sold} seats`);
    }
    await tx.walletTransaction.create({
      data: { userId: input.userId, type: 'PAYMENT', amount: total, balanceAfter: paid.balance, paymentId, createdAt: now },
    });

    const rows = await tx.reservation.findMany({ where: { id: { in: ids } }, include: reservationInclude });
    const byId = new Map(rows.map((row) => [row.id, toReservationView(row, now)]));
    const view: PaymentView = {
      id: paymentId,
      amount: total,
      balance: paid.balance,
      reservations: ids.map((id) => byId.get(id)!),
    };
    if (input.idempotency) await storeResponse(tx, input.idempotency, { status: 201, body: view });
    return view;
  });

  // The payment stands whatever happens here: if admission fails now, the ticker's next beat
  // admits the next in line instead (and logs the database's trouble).
  await queue.admit(input.token.concertId, now).catch(() => 0);
  return payment;
}

/** Reservations that can never be paid (again), and why. */
const ENDED = { CONFIRMED: 'is already paid', CANCELLED: 'was cancelled', REFUNDED: 'was paid and refunded' } as const;

/** Existence comes first, then the token's concert, then the state of each hold. */
function assertPayable(locked: LockedReservation[], token: QueueTokenRecord, now: Date) {
  for (const r of locked) assertTokenForConcert(token, r.concertId);
  const unpayable = locked.find((r) => r.status in ENDED);
  if (unpayable) {
    const what = ENDED[unpayable.status as keyof typeof ENDED];
    throw new DomainError('RESERVATION_NOT_PAYABLE', `Reservation ${unpayable.id} ${what}`);
  }
  const expired = locked.find((r) => r.status === 'EXPIRED' || r.heldUntil <= now);
  if (expired) {
    throw new DomainError('RESERVATION_EXPIRED', `The hold on reservation ${expired.id} ran out: hold the seat again`);
  }
}
