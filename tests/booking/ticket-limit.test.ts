/**
 * A concert's maxTicketsPerUser (issue 15): one fan's unexpired holds plus confirmed seats across
 * all of the concert's dates. One more is 409 TICKET_LIMIT_REACHED, however many holds the fan
 * fires at once: the count is taken after the user's row lock (lib/core/booking/ticket-limit.ts).
 */
import { afterAll, describe, expect, inject, test } from 'vitest';
import { cancelReservation } from '@/lib/core/booking/cancel-reservation';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { createDb, type Db } from '@/lib/db/client';
import { makeHeldReservation, makeTicket } from '@/lib/testing/booking-factories';
import { makeConcert, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { admit, at, CONFIG } from './booking-fixtures';

const db = openTestDb(30);
// A second client, so the racing holds also come from another pool of connections.
const other = createDb(inject('databaseUrl'), 20);
afterAll(() => other.$disconnect());

const codesOf = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code ?? String(r.reason)] : []));

/** A concert with two dates of `seats` seats and this limit, and a fan admitted to it. */
async function limitedConcert(maxTicketsPerUser: number, seats = 10) {
  const concert = await makeConcert(db, { seats });
  await db.concert.update({ where: { id: concert.id }, data: { maxTicketsPerUser } });
  const dates = await Promise.all(
    concert.schedules.map((s) => db.seat.findMany({ where: { scheduleId: s.id }, orderBy: { number: 'asc' } })),
  );
  const [fan] = await admit(db, [await makeUser(db)], concert.id);
  return { concert, dates, fan };
}

const heldBy = (db: Db, userId: string, now: Date) =>
  db.reservation.count({ where: { userId, status: 'HELD', heldUntil: { gt: now } } });

describe('the per-concert ticket limit', () => {
  test('one fan firing 20 holds at once on a concert with a limit of 3 gets exactly 3', async () => {
    const { dates, fan } = await limitedConcert(3);
    const seats = [...dates[0], ...dates[1]];
    const now = new Date();
    const results = await Promise.allSettled(
      seats.map((seat, i) => holdSeat(i % 2 ? other : db, { ...fan, seatId: seat.id }, CONFIG, now)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(codesOf(results)).toEqual(Array(17).fill('TICKET_LIMIT_REACHED'));
    expect(await heldBy(db, fan.userId, now)).toBe(3);
  });

  test('seats already bought count, on every date: with 2 of 4 bought, 10 racing holds get 2', async () => {
    const { dates, fan } = await limitedConcert(4);
    await makeTicket(db, { userId: fan.userId, seat: dates[0][0] });
    await makeTicket(db, { userId: fan.userId, seat: dates[1][0] });
    const now = new Date();
    const results = await Promise.allSettled(
      [...dates[0].slice(1, 6), ...dates[1].slice(1, 6)].map((seat, i) =>
        holdSeat(i % 2 ? other : db, { ...fan, seatId: seat.id }, CONFIG, now),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(codesOf(results)).toEqual(Array(8).fill('TICKET_LIMIT_REACHED'));
  });

  test('a hold that ran out or was released no longer counts; another concert never does', async () => {
    const { concert, dates, fan } = await limitedConcert(2);
    const now = new Date();
    await makeHeldReservation(db, { userId: fan.userId, seat: dates[0][0], heldUntil: at(now, -1) });
    const released = await holdSeat(db, { ...fan, seatId: dates[0][1].id }, CONFIG, now);
    await cancelReservation(db, { userId: fan.userId, reservationId: released.id }, now);
    const elsewhere = await makeConcert(db);
    const [elsewhereSeat] = await db.seat.findMany({ where: { scheduleId: elsewhere.schedules[0].id } });
    await makeTicket(db, { userId: fan.userId, seat: elsewhereSeat });

    await holdSeat(db, { ...fan, seatId: dates[0][2].id }, CONFIG, now);
    await holdSeat(db, { ...fan, seatId: dates[1][2].id }, CONFIG, now);
    await expect(holdSeat(db, { ...fan, seatId: dates[1][3].id }, CONFIG, now)).rejects.toMatchObject({
      code: 'TICKET_LIMIT_REACHED',
      detail: expect.stringContaining('one fan may have 2'),
    });
    expect(concert.id).toBe(fan.token.concertId);
  });

  test('a fan at the limit is told so even for a seat someone else holds (the documented order)', async () => {
    const { dates, fan } = await limitedConcert(1);
    const now = new Date();
    await holdSeat(db, { ...fan, seatId: dates[0][0].id }, CONFIG, now);
    const rival = await makeUser(db);
    await makeHeldReservation(db, { userId: rival.id, seat: dates[0][1], now });
    await expect(holdSeat(db, { ...fan, seatId: dates[0][1].id }, CONFIG, now)).rejects.toMatchObject({
      code: 'TICKET_LIMIT_REACHED',
    });
  });

  test('a lowered limit stops new holds and keeps those already made', async () => {
    const { concert, dates, fan } = await limitedConcert(4);
    const now = new Date();
    for (const seat of dates[0].slice(0, 3)) await holdSeat(db, { ...fan, seatId: seat.id }, CONFIG, now);
    await db.concert.update({ where: { id: concert.id }, data: { maxTicketsPerUser: 2 } });
    await expect(holdSeat(db, { ...fan, seatId: dates[0][3].id }, CONFIG, now)).rejects.toMatchObject({
      code: 'TICKET_LIMIT_REACHED',
    });
    expect(await heldBy(db, fan.userId, now)).toBe(3);
  });
});
