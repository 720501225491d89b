import { describe, expect, test } from 'vitest';
import { cancelReservation } from '@/lib/core/booking/cancel-reservation';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { hashRequest } from '@/lib/core/idempotency/idempotency';
import { payReservations } from '@/lib/core/payment/pay-reservations';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { chargeWallet } from '@/lib/core/wallet/charge-wallet';
import { makeQueueToken, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { books } from '../wallet/wallet-fixtures';
import { at, buyer, future, QUEUE } from './payment-fixtures';

const db = openTestDb(40);
const queue = new PostgresQueueStore(db, QUEUE);

type Buyer = Awaited<ReturnType<typeof buyer>>;
const pay = (b: Pick<Buyer, 'user' | 'token'>, reservationIds: string[], now: Date) =>
  payReservations(db, queue, { userId: b.user.id, token: b.token, reservationIds, idempotency: null }, now);

const codes = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code ?? String(r.reason)] : []));

describe('payments under concurrency', () => {
  test('20 concurrent payments of one reservation charge once', async () => {
    const now = future();
    const b = await buyer(db, { now, price: 70_000, balance: 1_000_000 });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => pay(b, b.ids, now)));

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // The winner used the pass up; the rest are refused by it (or by the paid reservation).
    for (const code of codes(results)) expect(['QUEUE_TOKEN_EXPIRED', 'RESERVATION_NOT_PAYABLE']).toContain(code);
    expect(await db.payment.count({ where: { userId: b.user.id } })).toBe(1);
    const { balance, ledger, rows } = await books(db, b.user.id);
    expect(balance).toBe(930_000);
    expect(ledger).toBe(balance);
    expect(rows.filter((t) => t.type === 'PAYMENT')).toHaveLength(1);
  });

  test('one user’s payments under different Idempotency-Keys neither deadlock nor pay twice', async () => {
    const now = future();
    const b = await buyer(db, { now, seats: 4, price: 10_000, balance: 1_000_000 });
    const results = await Promise.allSettled(
      b.ids.flatMap((id, i) =>
        Array.from({ length: 5 }, (_, j) =>
          payReservations(
            db,
            queue,
            {
              userId: b.user.id,
              token: b.token,
              reservationIds: [id],
              idempotency: { userId: b.user.id, scope: 'payments', key: `k-${i}-${j}`, requestHash: hashRequest({ id }) },
            },
            now,
          ),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // Every refusal is the used-up pass: no deadlock, no lock timeout.
    expect(new Set(codes(results))).toEqual(new Set(['QUEUE_TOKEN_EXPIRED']));
    expect(await db.idempotencyRecord.count({ where: { userId: b.user.id } })).toBe(1);
    const { balance, ledger } = await books(db, b.user.id);
    expect([balance, ledger]).toEqual([990_000, 990_000]);
  });

  test('a payment racing the hold’s expiry settles one way, never both', async () => {
    const now = future();
    const pairs = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const b = await buyer(db, { now, price: 10_000, balance: 10_000, holdSeconds: 60 });
        const rival = await makeUser(db);
        const rivalToken = await makeQueueToken(db, rival.id, b.concert.id, { now });
        return { b, rival, rivalToken };
      }),
    );
    const heldUntil = pairs[0].b.reservations[0].heldUntil;
    // The payment's clock reads a millisecond before the end, the rival's the end itself: each
    // is right by its own clock, and only the locked rows decide who gets the seat.
    const outcomes = await Promise.all(
      pairs.map(({ b, rival, rivalToken }) =>
        Promise.allSettled([
          pay(b, b.ids, at(heldUntil, -1)),
          holdSeat(db, { userId: rival.id, token: rivalToken, seatId: b.seats[0].id }, { holdTtlSeconds: 300 }, heldUntil),
        ]),
      ),
    );

    for (const [i, [paid, held]] of outcomes.entries()) {
      const { b } = pairs[i];
      expect([paid.status, held.status]).toContain('fulfilled');
      expect([paid.status, held.status]).toContain('rejected');
      const seat = await db.seat.findUniqueOrThrow({ where: { id: b.seats[0].id } });
      const mine = await db.reservation.findUniqueOrThrow({ where: { id: b.ids[0] } });
      const { balance, ledger } = await books(db, b.user.id);
      expect(ledger).toBe(balance);
      if (paid.status === 'fulfilled') {
        expect(codes([held])).toEqual(['SEAT_UNAVAILABLE']);
        expect([seat.status, mine.status, balance]).toEqual(['SOLD', 'CONFIRMED', 0]);
      } else {
        expect(codes([paid])).toEqual(['RESERVATION_EXPIRED']);
        expect([seat.status, mine.status, balance]).toEqual(['HELD', 'EXPIRED', 10_000]);
      }
    }
  });

  test('a keyed payment racing a cancel of the same hold and a new hold: one of pay or cancel happens, none deadlock', async () => {
    const now = future();
    const buyers = await Promise.all(Array.from({ length: 10 }, () => buyer(db, { now, price: 10_000, balance: 10_000 })));
    const outcomes = await Promise.all(
      buyers.map((b) =>
        Promise.allSettled([
          payReservations(
            db,
            queue,
            {
              userId: b.user.id,
              token: b.token,
              reservationIds: b.ids,
              idempotency: { userId: b.user.id, scope: 'payments', key: 'k', requestHash: 'h' },
            },
            now,
          ),
          cancelReservation(db, { userId: b.user.id, reservationId: b.ids[0] }, now),
          holdSeat(db, { userId: b.user.id, token: b.token, seatId: b.seats[3].id }, { holdTtlSeconds: 300 }, now),
        ]),
      ),
    );
    for (const [i, [paid, cancelled, held]] of outcomes.entries()) {
      expect(held.status).toBe('fulfilled');
      const b = buyers[i];
      const mine = await db.reservation.findUniqueOrThrow({ where: { id: b.ids[0] }, include: { seat: true } });
      const { balance } = await books(db, b.user.id);
      if (paid.status === 'fulfilled') {
        expect(codes([cancelled])).toEqual(['RESERVATION_NOT_CANCELLABLE']);
        expect([mine.status, mine.seat.status, balance]).toEqual(['CONFIRMED', 'SOLD', 0]);
      } else {
        expect(codes([paid])).toEqual(['RESERVATION_NOT_PAYABLE']);
        expect([mine.status, mine.seat.status, balance]).toEqual(['CANCELLED', 'AVAILABLE', 10_000]);
      }
    }
  });

  test('charges racing a payment on one wallet, with and without keys: no deadlock, and the books balance', async () => {
    const now = future();
    const b = await buyer(db, { now, seats: 2, price: 25_000, balance: 40_000 });
    const keyed = (scope: string, i: number) => ({ userId: b.user.id, scope, key: `k${i}`, requestHash: String(i) });
    const results = await Promise.allSettled([
      payReservations(
        db,
        queue,
        { userId: b.user.id, token: b.token, reservationIds: b.ids, idempotency: keyed('payments', 0) },
        now,
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        chargeWallet(db, { userId: b.user.id, amount: 1_000, idempotency: i % 2 ? keyed('wallet-charges', i) : null }, now),
      ),
    ]);
    expect(codes(results)).toEqual(results[0].status === 'rejected' ? ['INSUFFICIENT_BALANCE'] : []);
    const { balance, ledger, rows } = await books(db, b.user.id);
    expect(ledger).toBe(balance);
    const paid = results[0].status === 'fulfilled' ? 50_000 : 0;
    expect(balance).toBe(40_000 + 20_000 - paid);
    rows.reduce((before, row) => {
      expect(row.balanceAfter).toBe(before + (row.type === 'PAYMENT' ? -row.amount : row.amount));
      return row.balanceAfter;
    }, 0);
  });
});
