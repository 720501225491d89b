import {
  flatReservationView,
  RESERVATION_VIEW_COLUMNS,
  type FlatReservationRow,
  type ReservationView,
} from '@/lib/core/booking/reservation-view';
import { DomainError } from '@/lib/core/errors';
import { claimKey, storeResponse, type IdempotencyContext } from '@/lib/core/idempotency/idempotency';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import type { Db } from '@/lib/db/client';
import { transaction } from '@/lib/db/sql';

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
  const payment = await transaction(db, async (sql) => {
    if (input.idempotency) await claimKey(sql, input.idempotency, now);
    // NO KEY UPDATE, not UPDATE: claimKey's foreign key holds a KEY SHARE lock on this row, and
    // two same-user payments each upgrading past the other's KEY SHARE would deadlock.
    const user = await sql.query(`SELECT id FROM "User" WHERE id = $1::uuid FOR NO KEY UPDATE`, [input.userId]);
    if (user.length === 0) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    // The token is checked before the reservations, as docs/api.md orders the checks; a pass used
    // up or timed out since the request's gate refuses the payment here.
    // The token's end is part of this transaction (QueueStore.endInTransaction).
    await queue.endInTransaction(sql, input.token.id, now);

    const owned = await sql.query<{ seatId: string }>(
      `SELECT "seatId"::text FROM "Reservation" WHERE id = ANY($1::uuid[]) AND "userId" = $2::uuid`,
      [ids, input.userId],
    );
    // Someone else's reservation reads as missing, so ids cannot be probed.
    if (owned.length !== ids.length) throw new DomainError('NOT_FOUND', 'No such reservation');
    const seatIds = owned.map((r) => r.seatId);
    await sql.query(`SELECT id FROM "Seat" WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [seatIds]);
    const locked = await sql.query<LockedReservation>(
      `SELECT id::text, "concertId"::text, status::text, "heldUntil", price FROM "Reservation"
       WHERE id = ANY($1::uuid[]) AND "userId" = $2::uuid ORDER BY id FOR UPDATE`,
      [ids, input.userId],
    );
    if (locked.length !== ids.length) throw new DomainError('NOT_FOUND', 'No such reservation');
    assertPayable(locked, input.token, now);

    const total = locked.reduce((sum, r) => sum + r.price, 0);
    const [paid] = await sql.query<{ balance: number }>(
      `UPDATE "User" SET balance = balance - $1 WHERE id = $2::uuid AND balance >= $1 RETURNING balance`,
      [total, input.userId],
    );
    if (!paid) {
      throw new DomainError('INSUFFICIENT_BALANCE', `Your wallet cannot cover ${total.toLocaleString('en-US')} won`);
    }

    // One statement: the payment, its PAYMENT ledger row, the reservations CONFIRMED and their
    // seats SOLD, answering with the confirmed reservations. The seat's heldUntil names the hold
    // that owns it: only a seat this hold still owns is sold.
    const rows = await sql.query<FlatReservationRow & { paymentId: string; sold: number }>(
      `WITH p AS (
         INSERT INTO "Payment" ("userId", amount, "createdAt") VALUES ($1::uuid, $2, $3) RETURNING id),
       ledger AS (
         INSERT INTO "WalletTransaction" ("userId", type, amount, "balanceAfter", "paymentId", "createdAt")
         SELECT $1::uuid, 'PAYMENT', $2, $5, p.id, $3 FROM p),
       confirmed AS (
         UPDATE "Reservation" r SET status = 'CONFIRMED', "paymentId" = p.id, "updatedAt" = $3 FROM p
         WHERE r.id = ANY($4::uuid[]) AND r.status = 'HELD' AND r."heldUntil" > $3
         RETURNING r.*),
       sold AS (
         UPDATE "Seat" s SET status = 'SOLD', "heldUntil" = NULL FROM "Reservation" r, p
         WHERE r.id = ANY($4::uuid[]) AND s.id = r."seatId" AND s.status = 'HELD' AND s."heldUntil" = r."heldUntil"
         RETURNING s.id)
       SELECT ${RESERVATION_VIEW_COLUMNS}, (SELECT count(*) FROM sold)::int AS sold
       FROM confirmed r JOIN "Seat" s ON s.id = r."seatId" JOIN "Schedule" d ON d.id = r."scheduleId"`,
      [input.userId, total, now, ids, paid.balance],
    );
    if (rows.length !== ids.length || rows[0].sold !== ids.length) {
      // The locked rows said payable, so this is a broken invariant: sell nothing.
      throw new Error(`Payment of ${ids.join(', ')} confirmed ${rows.length} reservations and sold ${rows[0]?.sold ?? 0} seats`);
    }
    const byId = new Map(rows.map((row) => [row.id, flatReservationView(row, now)]));
    const view: PaymentView = {
      id: rows[0].paymentId!,
      amount: total,
      balance: paid.balance,
      reservations: ids.map((id) => byId.get(id)!),
    };
    if (input.idempotency) await storeResponse(sql, input.idempotency, { status: 201, body: view });
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
