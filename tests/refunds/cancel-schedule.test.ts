import { describe, expect, test } from 'vitest';
import { cancelSchedule } from '@/lib/core/booking/cancel-schedule';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { listSchedules } from '@/lib/core/booking/list-schedules';
import { listSeats } from '@/lib/core/booking/list-seats';
import { findConcert } from '@/lib/core/concerts/list-concerts';
import { payReservations } from '@/lib/core/payment/pay-reservations';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { listTransactions } from '@/lib/core/wallet/list-transactions';
import { makeHeldReservation, makeTicket } from '@/lib/testing/booking-factories';
import { makeConcert, makeQueueToken, makeUser, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { QUEUE } from '../payment/payment-fixtures';
import { books } from '../wallet/wallet-fixtures';
import { at, codes, future, HOUR, unbalanced } from './refund-fixtures';

const db = openTestDb(40);
const seatsOfDate = (scheduleId: string) => db.seat.findMany({ where: { scheduleId }, orderBy: { number: 'asc' } });

/** A concert with two dates; on the first, fans with tickets and holds. */
async function busyDate(now: Date) {
  const concert = await makeConcert(db, { dates: [at(now, 72 * HOUR), at(now, 96 * HOUR)], seats: 8, price: 30_000 });
  const [date, other] = concert.schedules;
  const seats = await seatsOfDate(date.id);
  const [ana, ben, cho] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const tickets = [
    await makeTicket(db, { userId: ana.id, seat: seats[0], now }),
    await makeTicket(db, { userId: ana.id, seat: seats[1], now }),
    await makeTicket(db, { userId: ben.id, seat: seats[2], now }),
  ];
  const hold = await makeHeldReservation(db, { userId: cho.id, seat: seats[3], now });
  const stale = await makeHeldReservation(db, { userId: cho.id, seat: seats[4], now, heldUntil: at(now, -1_000) });
  const elsewhere = await makeTicket(db, { userId: ben.id, seat: (await seatsOfDate(other.id))[0], now });
  return { concert, date, other, seats, fans: [ana, ben, cho], tickets, hold, stale, elsewhere };
}

describe('cancelling a date', () => {
  test('refunds every ticket, releases every hold, and takes the date off sale; the other date is untouched', async () => {
    const now = future();
    const d = await busyDate(now);
    const before = await Promise.all(d.fans.map((fan) => books(db, fan.id)));

    const result = await cancelSchedule(db, { scheduleId: d.date.id }, at(now, 1_000));

    expect(result).toEqual({
      scheduleId: d.date.id,
      cancelledAt: at(now, 1_000).toISOString(),
      holdsReleased: 1,
      ticketsRefunded: 3,
    });
    const reservations = await db.reservation.findMany({ where: { scheduleId: d.date.id } });
    const status = new Map(reservations.map((r) => [r.id, r.status]));
    expect(d.tickets.map((t) => status.get(t.id))).toEqual(['REFUNDED', 'REFUNDED', 'REFUNDED']);
    expect([status.get(d.hold.id), status.get(d.stale.id)]).toEqual(['CANCELLED', 'EXPIRED']);
    expect((await seatsOfDate(d.date.id)).map((s) => s.status)).toEqual(Array(8).fill('AVAILABLE'));

    const after = await Promise.all(d.fans.map((fan) => books(db, fan.id)));
    expect(after.map((b, i) => b.balance - before[i].balance)).toEqual([60_000, 30_000, 0]);
    expect(
      await unbalanced(
        db,
        d.fans.map((f) => f.id),
      ),
    ).toEqual([]);
    // The fans see the refunds in their wallet history, newest first.
    const history = await listTransactions(db, { userId: d.fans[0].id, limit: 2 }, 'cursor-secret-cursor-secret-cursor');
    expect(history.items.map((t) => [t.type, t.amount])).toEqual([
      ['REFUND', 30_000],
      ['REFUND', 30_000],
    ]);

    expect((await db.reservation.findUniqueOrThrow({ where: { id: d.elsewhere.id } })).status).toBe('CONFIRMED');
    expect((await db.schedule.findUniqueOrThrow({ where: { id: d.other.id } })).cancelledAt).toBeNull();
  });

  test('a cancelled date is neither listed nor bookable', async () => {
    const now = future();
    const d = await busyDate(now);
    await cancelSchedule(db, { scheduleId: d.date.id }, now);
    const fan = await makeUser(db);
    const token = await makeQueueToken(db, fan.id, d.concert.id, { now });

    expect((await listSchedules(db, { token, concertId: d.concert.id }, now)).map((s) => s.id)).toEqual([d.other.id]);
    await expect(listSeats(db, { token, scheduleId: d.date.id }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      detail: 'This date was cancelled',
    });
    // The concert's dates and prices are those of the date still on.
    expect((await findConcert(db, d.concert.id, now))?.firstDate).toBe(d.other.startsAt);
    // A client that kept a seat id still cannot hold it: the trigger leaves the seat alone.
    await expect(
      holdSeat(db, { userId: fan.id, token, seatId: d.seats[5].id }, { holdTtlSeconds: 300 }, now),
    ).rejects.toMatchObject({ code: 'SEAT_UNAVAILABLE' });
    expect((await db.seat.findUniqueOrThrow({ where: { id: d.seats[5].id } })).status).toBe('AVAILABLE');

    await cancelSchedule(db, { scheduleId: d.other.id }, now);
    expect(await findConcert(db, d.concert.id, now)).toBeNull();
  });

  test('cancelling again refunds nothing twice and keeps the first time; an unknown date is NOT_FOUND', async () => {
    const now = future();
    const d = await busyDate(now);
    await cancelSchedule(db, { scheduleId: d.date.id }, now);
    const before = await books(db, d.fans[0].id);
    await expect(cancelSchedule(db, { scheduleId: d.date.id }, at(now, HOUR))).resolves.toEqual({
      scheduleId: d.date.id,
      cancelledAt: now.toISOString(),
      holdsReleased: 0,
      ticketsRefunded: 0,
    });
    expect(await books(db, d.fans[0].id)).toEqual(before);
    await expect(cancelSchedule(db, { scheduleId: '00000000-0000-4000-8000-000000000000' }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  test('a cancellation racing holds and payments on the date: afterwards nothing on it is live, and every won paid is back', async () => {
    const now = future();
    const queue = new PostgresQueueStore(db, QUEUE);
    const concert = await makeConcert(db, { dates: [at(now, 72 * HOUR)], seats: 40, price: 20_000 });
    const date = concert.schedules[0];
    const seats = await seatsOfDate(date.id);
    const buyers = await makeUsers(db, 10);
    const rivals = await makeUsers(db, 20);
    const holds = [];
    for (const [i, buyer] of buyers.entries()) {
      await db.$transaction([
        db.user.update({ where: { id: buyer.id }, data: { balance: 20_000 } }),
        db.walletTransaction.create({
          data: { userId: buyer.id, type: 'CHARGE', amount: 20_000, balanceAfter: 20_000, createdAt: now },
        }),
      ]);
      holds.push({
        buyer,
        token: await makeQueueToken(db, buyer.id, concert.id, { now }),
        reservation: await makeHeldReservation(db, { userId: buyer.id, seat: seats[i], now }),
      });
    }
    const rivalTokens = await Promise.all(rivals.map((r) => makeQueueToken(db, r.id, concert.id, { now })));

    const [cancelled, ...others] = await Promise.allSettled([
      cancelSchedule(db, { scheduleId: date.id }, now),
      ...holds.map((h) =>
        payReservations(
          db,
          queue,
          { userId: h.buyer.id, token: h.token, reservationIds: [h.reservation.id], idempotency: null },
          now,
        ),
      ),
      ...rivals.map((rival, i) =>
        holdSeat(db, { userId: rival.id, token: rivalTokens[i], seatId: seats[10 + i].id }, { holdTtlSeconds: 300 }, now),
      ),
    ]);

    expect(cancelled.status).toBe('fulfilled');
    for (const code of codes(others)) expect(['RESERVATION_NOT_PAYABLE', 'SEAT_UNAVAILABLE']).toContain(code);
    const live = await db.reservation.findMany({
      where: { scheduleId: date.id, OR: [{ status: 'CONFIRMED' }, { status: 'HELD', heldUntil: { gt: now } }] },
    });
    expect(live).toEqual([]);
    expect((await seatsOfDate(date.id)).every((s) => s.status === 'AVAILABLE')).toBe(true);
    for (const { buyer } of holds) expect((await books(db, buyer.id)).balance).toBe(20_000);
    expect(
      await unbalanced(
        db,
        [...buyers, ...rivals].map((u) => u.id),
      ),
    ).toEqual([]);
    // What the cancellation reports is what it did.
    const paid = others.slice(0, holds.length).filter((r) => r.status === 'fulfilled').length;
    if (cancelled.status === 'fulfilled') expect(cancelled.value.ticketsRefunded).toBe(paid);
  });
});
