import { describe, expect, test } from 'vitest';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { refundReservation, type RefundRequester } from '@/lib/core/booking/refund-reservation';
import { checkInTicket } from '@/lib/core/tickets/check-in-ticket';
import { makeQueueToken, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { books } from '../wallet/wallet-fixtures';
import { codes, future, ticketHolder, unbalanced } from './refund-fixtures';

const db = openTestDb(40);

const holder = (userId: string): RefundRequester => ({ role: 'holder', userId, cutoffHours: 24 });

describe('refunds under concurrency', () => {
  test('30 concurrent refunds of one ticket, by its fan and by admins, with and without keys: exactly one refund', async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now, price: 80_000 });
    const before = await books(db, user.id);
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        refundReservation(
          db,
          {
            reservationId: ids[0],
            by: i % 3 === 0 ? { role: 'admin' } : holder(user.id),
            idempotency: i % 2 ? { userId: user.id, scope: 'refunds', key: `k-${i}`, requestHash: String(i) } : null,
          },
          now,
        ),
      ),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(new Set(codes(results))).toEqual(new Set(['RESERVATION_NOT_REFUNDABLE']));
    const after = await books(db, user.id);
    expect(after.balance).toBe(before.balance + 80_000);
    expect(after.rows.filter((row) => row.type === 'REFUND')).toHaveLength(1);
    expect(await unbalanced(db, [user.id])).toEqual([]);
    // Only the winner's key is remembered: a refused request is not.
    expect(await db.idempotencyRecord.count({ where: { userId: user.id } })).toBeLessThanOrEqual(1);
  });

  test('a refund racing holds on its seat: each hold fails or gets the seat after the refund, never two live reservations', async () => {
    const now = future();
    const fans = await Promise.all(Array.from({ length: 8 }, () => ticketHolder(db, { now, price: 40_000 })));
    const rivals = await makeUsers(db, 8 * 6);
    const outcomes = await Promise.all(
      fans.map(async (fan, f) => {
        const mine = rivals.slice(f * 6, f * 6 + 6);
        const tokens = await Promise.all(mine.map((r) => makeQueueToken(db, r.id, fan.concert.id, { now })));
        const holds = mine.map(
          (rival, i) => () =>
            holdSeat(db, { userId: rival.id, token: tokens[i], seatId: fan.seats[0].id }, { holdTtlSeconds: 300 }, now),
        );
        // Some holds start before the refund, some with it, some after.
        const [refunded, ...held] = await Promise.allSettled([
          refundReservation(db, { reservationId: fan.ids[0], by: holder(fan.user.id), idempotency: null }, now),
          ...holds.map((hold, i) => new Promise((resolve) => setTimeout(resolve, i * 4)).then(hold)),
        ]);
        return { fan, refunded, held };
      }),
    );

    for (const { fan, refunded, held } of outcomes) {
      expect(refunded.status).toBe('fulfilled');
      const won = held.filter((h) => h.status === 'fulfilled');
      expect(won.length).toBeLessThanOrEqual(1);
      for (const code of codes(held)) expect(code).toBe('SEAT_UNAVAILABLE');
      const live = await db.reservation.findMany({
        where: { seatId: fan.seats[0].id, status: { in: ['HELD', 'CONFIRMED'] } },
      });
      const seat = await db.seat.findUniqueOrThrow({ where: { id: fan.seats[0].id } });
      const ticket = await db.reservation.findUniqueOrThrow({ where: { id: fan.ids[0] } });
      expect(ticket.status).toBe('REFUNDED');
      if (won.length === 1) {
        // The hold got the seat after the refund freed it.
        expect(live.map((r) => r.status)).toEqual(['HELD']);
        expect(live[0].createdAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
        expect(seat.status).toBe('HELD');
      } else {
        expect(live).toEqual([]);
        expect(seat.status).toBe('AVAILABLE');
      }
    }
    // Whatever the race's timing, every refunded seat is back on sale: where no racing hold won
    // it, a hold now does.
    for (const { fan, held } of outcomes) {
      if (held.some((h) => h.status === 'fulfilled')) continue;
      const [late] = await makeUsers(db, 1);
      const token = await makeQueueToken(db, late.id, fan.concert.id, { now });
      await expect(
        holdSeat(db, { userId: late.id, token, seatId: fan.seats[0].id }, { holdTtlSeconds: 300 }, now),
      ).resolves.toMatchObject({ status: 'HELD' });
    }
    expect(
      await unbalanced(
        db,
        fans.map((f) => f.user.id),
      ),
    ).toEqual([]);
  });

  test('refunds of many tickets of one fan at once: no deadlock, every one credited once, the books balance', async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now, tickets: 6, price: 10_000 });
    const before = await books(db, user.id);
    const results = await Promise.allSettled(
      ids.flatMap((id) => [
        refundReservation(db, { reservationId: id, by: holder(user.id), idempotency: null }, now),
        refundReservation(db, { reservationId: id, by: { role: 'admin' }, idempotency: null }, now),
      ]),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(6);
    expect(new Set(codes(results))).toEqual(new Set(['RESERVATION_NOT_REFUNDABLE']));
    const after = await books(db, user.id);
    expect(after.balance).toBe(before.balance + 60_000);
    // balanceAfter forms an unbroken chain: the user's row lock orders the ledger rows.
    let running = 0;
    for (const row of after.rows) {
      running += row.type === 'PAYMENT' ? -row.amount : row.amount;
      expect(row.balanceAfter).toBe(running);
    }
  });
});

describe('check-in under concurrency', () => {
  test('30 simultaneous check-ins of one code: exactly one lets the ticket in', async () => {
    const now = future();
    const { tickets } = await ticketHolder(db, { now });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => checkInTicket(db, { ticketCode: tickets[0].ticketCode }, now)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(new Set(codes(results))).toEqual(new Set(['TICKET_ALREADY_USED']));
  });

  test('a check-in racing its fan’s refund: one or the other, never a refunded ticket let in', async () => {
    const now = future();
    const fans = await Promise.all(Array.from({ length: 10 }, () => ticketHolder(db, { now })));
    const outcomes = await Promise.all(
      fans.map((fan) =>
        Promise.allSettled([
          checkInTicket(db, { ticketCode: fan.tickets[0].ticketCode }, now),
          refundReservation(db, { reservationId: fan.ids[0], by: holder(fan.user.id), idempotency: null }, now),
        ]),
      ),
    );
    for (const [i, [checkedIn, refunded]] of outcomes.entries()) {
      const row = await db.reservation.findUniqueOrThrow({ where: { id: fans[i].ids[0] } });
      if (checkedIn.status === 'fulfilled') {
        expect(codes([refunded])).toEqual(['RESERVATION_NOT_REFUNDABLE']);
        expect([row.status, row.checkedInAt?.getTime()]).toEqual(['CONFIRMED', now.getTime()]);
      } else {
        expect(codes([checkedIn])).toEqual(['NOT_FOUND']);
        expect([row.status, row.checkedInAt]).toEqual(['REFUNDED', null]);
      }
    }
    expect(
      await unbalanced(
        db,
        fans.map((f) => f.user.id),
      ),
    ).toEqual([]);
  });
});
