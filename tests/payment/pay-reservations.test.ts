import { describe, expect, test } from 'vitest';
import { hashRequest, IdempotencyKeyTaken } from '@/lib/core/idempotency/idempotency';
import { refundReservation } from '@/lib/core/booking/refund-reservation';
import { payReservations } from '@/lib/core/payment/pay-reservations';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { makeHeldReservation } from '@/lib/testing/booking-factories';
import { makeQueueToken, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { books } from '../wallet/wallet-fixtures';
import { at, buyer, future, QUEUE, snapshot } from './payment-fixtures';

const db = openTestDb(20);
const queue = new PostgresQueueStore(db, QUEUE);

type Buyer = Awaited<ReturnType<typeof buyer>>;
const pay = (b: Pick<Buyer, 'user' | 'token'>, reservationIds: string[], now: Date) =>
  payReservations(db, queue, { userId: b.user.id, token: b.token, reservationIds, idempotency: null }, now);

describe('paying held seats', () => {
  test('confirms every reservation, sells every seat, writes one PAYMENT row and uses up the token', async () => {
    const now = future();
    const b = await buyer(db, { now, seats: 3, price: 40_000, balance: 150_000 });
    const paidAt = at(now, 1_000);
    const payment = await pay(b, b.ids, paidAt);

    expect(payment).toMatchObject({ id: expect.any(String), amount: 120_000, balance: 30_000 });
    expect(payment.reservations.map((r) => r.id)).toEqual(b.ids);
    for (const r of payment.reservations)
      expect(r).toMatchObject({ status: 'CONFIRMED', price: 40_000, concertId: b.concert.id });

    const after = await snapshot(db, b.user.id, b.token.id);
    expect(after.balance).toBe(30_000);
    expect(after.reservations.every((r) => r.status === 'CONFIRMED' && r.paymentId === payment.id)).toBe(true);
    expect(after.seats.map((s) => [s.status, s.heldUntil])).toEqual(Array(3).fill(['SOLD', null]));
    expect(after.token).toMatchObject({ status: 'EXPIRED', expiredAt: paidAt });
    expect(after.payments).toBe(1);
    const payments = after.ledger.filter((t) => t.type === 'PAYMENT');
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amount: 120_000, balanceAfter: 30_000, paymentId: payment.id, createdAt: paidAt });
    const { balance, ledger } = await books(db, b.user.id);
    expect(ledger).toBe(balance);
  });

  test('the answer keeps the order the reservations were named in', async () => {
    const now = future();
    const b = await buyer(db, { now, seats: 4, balance: 1_000_000 });
    const order = [b.ids[2], b.ids[0], b.ids[3], b.ids[1]];
    expect((await pay(b, order, now)).reservations.map((r) => r.id)).toEqual(order);
  });

  test('a millisecond before heldUntil pays; at heldUntil it is 410 RESERVATION_EXPIRED and nothing changes', async () => {
    const now = future();
    const early = await buyer(db, { now, balance: 50_000, holdSeconds: 300 });
    const heldUntil = early.reservations[0].heldUntil;
    expect((await pay(early, early.ids, at(heldUntil, -1))).reservations[0].status).toBe('CONFIRMED');

    const late = await buyer(db, { now, balance: 50_000, holdSeconds: 300 });
    const before = await snapshot(db, late.user.id, late.token.id);
    await expect(pay(late, late.ids, late.reservations[0].heldUntil)).rejects.toMatchObject({ code: 'RESERVATION_EXPIRED' });
    expect(await snapshot(db, late.user.id, late.token.id)).toEqual(before);
  });

  describe('a refused payment changes nothing', () => {
    async function refusedWith(code: string, b: Buyer, ids: string[], now: Date) {
      const before = await snapshot(db, b.user.id, b.token.id);
      await expect(pay(b, ids, now)).rejects.toMatchObject({ code });
      const after = await snapshot(db, b.user.id, b.token.id);
      expect(after).toEqual(before);
      expect(after.token.status).toBe('ACTIVE');
    }

    test('INSUFFICIENT_BALANCE: one won short of the total', async () => {
      const now = future();
      const b = await buyer(db, { now, seats: 2, price: 50_000, balance: 99_999 });
      await refusedWith('INSUFFICIENT_BALANCE', b, b.ids, now);
    });

    test('RESERVATION_EXPIRED: one of several holds has run out (and one that the sweeper marked)', async () => {
      const now = future();
      const b = await buyer(db, { now, seats: 2, balance: 1_000_000 });
      const short = await makeHeldReservation(db, { userId: b.user.id, seat: b.seats[2], now, holdSeconds: 10 });
      await refusedWith('RESERVATION_EXPIRED', b, [...b.ids, short.id], at(now, 10_000));
      await db.reservation.update({ where: { id: short.id }, data: { status: 'EXPIRED' } });
      await db.seat.update({ where: { id: b.seats[2].id }, data: { status: 'AVAILABLE', heldUntil: null } });
      await refusedWith('RESERVATION_EXPIRED', b, [...b.ids, short.id], now);
    });

    test('RESERVATION_NOT_PAYABLE: already paid, cancelled, or paid and refunded while its hold time lasts', async () => {
      const now = future();
      const b = await buyer(db, { now, seats: 4, balance: 1_000_000 });
      const [paid, cancelled, held, refunded] = b.ids;
      await pay(b, [paid], now);
      await db.reservation.update({ where: { id: cancelled }, data: { status: 'CANCELLED' } });
      await db.seat.update({ where: { id: b.seats[1].id }, data: { status: 'AVAILABLE', heldUntil: null } });
      // The payment used the pass up: come back with a new one.
      const fresh = { ...b, token: await makeQueueToken(db, b.user.id, b.concert.id, { now }) };
      await refusedWith('RESERVATION_NOT_PAYABLE', fresh, [held, paid], now);
      await refusedWith('RESERVATION_NOT_PAYABLE', fresh, [cancelled, held], now);

      await pay(fresh, [refunded], now);
      await refundReservation(db, { reservationId: refunded, by: { role: 'admin' }, idempotency: null }, now);
      const again = { ...b, token: await makeQueueToken(db, b.user.id, b.concert.id, { now }) };
      await refusedWith('RESERVATION_NOT_PAYABLE', again, [refunded], now);
    });

    test('NOT_FOUND: another user’s reservation, or no such reservation', async () => {
      const now = future();
      const b = await buyer(db, { now, balance: 1_000_000 });
      const stranger = await buyer(db, { now, balance: 1_000_000 });
      await refusedWith('NOT_FOUND', b, [b.ids[0], stranger.ids[0]], now);
      await refusedWith('NOT_FOUND', b, ['00000000-0000-4000-8000-000000000000'], now);
      expect((await snapshot(db, stranger.user.id, stranger.token.id)).reservations[0].status).toBe('HELD');
    });

    test('QUEUE_TOKEN_INVALID: a reservation for another concert than the token’s', async () => {
      const now = future();
      const b = await buyer(db, { now, balance: 1_000_000 });
      const elsewhere = await buyer(db, { now });
      const foreign = await makeHeldReservation(db, { userId: b.user.id, seat: elsewhere.seats[5], now });
      await refusedWith('QUEUE_TOKEN_INVALID', b, [b.ids[0], foreign.id], now);
    });

    test('QUEUE_TOKEN_EXPIRED: the pass ran out, or was used up meanwhile', async () => {
      const now = future();
      const b = await buyer(db, { now, balance: 1_000_000 });
      await refusedWith('QUEUE_TOKEN_EXPIRED', b, b.ids, at(now, QUEUE.activeTtlSeconds * 1000));
      await db.queueToken.update({ where: { id: b.token.id }, data: { status: 'EXPIRED', expiredAt: now } });
      const before = await snapshot(db, b.user.id, b.token.id);
      await expect(pay(b, b.ids, now)).rejects.toMatchObject({ code: 'QUEUE_TOKEN_EXPIRED' });
      expect(await snapshot(db, b.user.id, b.token.id)).toEqual(before);
    });

    test('a taken Idempotency-Key stops the payment before anything moves (the wrapper answers 409 or replays)', async () => {
      const now = future();
      const b = await buyer(db, { now, seats: 2, balance: 1_000_000 });
      const idempotency = {
        userId: b.user.id,
        scope: 'payments',
        key: 'k',
        requestHash: hashRequest({ reservationIds: [b.ids[0]] }),
      };
      await payReservations(db, queue, { userId: b.user.id, token: b.token, reservationIds: [b.ids[0]], idempotency }, now);
      const fresh = { ...b, token: await makeQueueToken(db, b.user.id, b.concert.id, { now }) };
      const before = await snapshot(db, b.user.id, fresh.token.id);
      await expect(
        payReservations(
          db,
          queue,
          {
            userId: b.user.id,
            token: fresh.token,
            reservationIds: [b.ids[1]],
            idempotency: { ...idempotency, requestHash: 'other' },
          },
          now,
        ),
      ).rejects.toBeInstanceOf(IdempotencyKeyTaken);
      expect(await snapshot(db, b.user.id, fresh.token.id)).toEqual(before);
    });
  });

  test('the next in line is admitted as soon as the payment frees the slot', async () => {
    const now = future();
    const b = await buyer(db, { now, balance: 1_000_000, activeLimit: 1 });
    const next = await makeUser(db);
    const waiting = await makeQueueToken(db, next.id, b.concert.id, { status: 'WAITING', now });
    await pay(b, b.ids, at(now, 5_000));
    const admitted = await db.queueToken.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(admitted).toMatchObject({ status: 'ACTIVE', activatedAt: at(now, 5_000) });
    expect(admitted.activeUntil).toEqual(at(now, 5_000 + QUEUE.activeTtlSeconds * 1000));
  });
});
