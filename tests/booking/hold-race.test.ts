import { afterAll, describe, expect, inject, test, vi } from 'vitest';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { createDb } from '@/lib/db/client';
import { makeConcert, makeUser, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { admit, at, CONFIG, seatsOf, seatState } from './booking-fixtures';

const db = openTestDb(30);
// A second client, so racing transactions also come from another pool of connections.
const other = createDb(inject('databaseUrl'), 20);
const pools = [db, other];
afterAll(() => other.$disconnect());

const codesOf = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code ?? String(r.reason)] : []));

describe('holding a seat under contention', () => {
  test('of 200 admitted users racing for one seat exactly one wins; 199 get SEAT_UNAVAILABLE', async () => {
    const concert = await makeConcert(db, { seats: 5 });
    const [seat] = await seatsOf(db, concert.schedules[0].id);
    const fans = await admit(db, await makeUsers(db, 200), concert.id);
    const now = new Date();

    const results = await Promise.allSettled(
      fans.map((fan, i) => holdSeat(pools[i % 2], { ...fan, seatId: seat.id }, CONFIG, now)),
    );

    const winners = results.filter((r) => r.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    expect(codesOf(results)).toEqual(Array(199).fill('SEAT_UNAVAILABLE'));
    const { seat: after, reservations } = await seatState(db, seat.id);
    expect(reservations).toHaveLength(1);
    expect(reservations[0]).toMatchObject({ status: 'HELD', heldUntil: at(now, CONFIG.holdTtlSeconds) });
    expect(after).toMatchObject({ status: 'HELD', heldUntil: at(now, CONFIG.holdTtlSeconds) });
    expect(winners[0].status === 'fulfilled' && winners[0].value.id).toBe(reservations[0].id);
  });

  test('of 50 users racing for a seat whose hold ran out exactly one takes it over', async () => {
    const concert = await makeConcert(db, { seats: 1 });
    const [seat] = await seatsOf(db, concert.schedules[0].id);
    const start = new Date();
    const [first] = await admit(db, [await makeUser(db)], concert.id, start);
    const stale = await holdSeat(db, { ...first, seatId: seat.id }, CONFIG, start);
    const later = at(start, CONFIG.holdTtlSeconds);
    const fans = await admit(db, await makeUsers(db, 50), concert.id, later);

    const results = await Promise.allSettled(
      fans.map((fan, i) => holdSeat(pools[i % 2], { ...fan, seatId: seat.id }, CONFIG, later)),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(codesOf(results)).toEqual(Array(49).fill('SEAT_UNAVAILABLE'));
    const { seat: after, reservations } = await seatState(db, seat.id);
    expect(reservations.map((r) => [r.id === stale.id, r.status])).toEqual([
      [true, 'EXPIRED'],
      [false, 'HELD'],
    ]);
    expect(after.heldUntil).toEqual(at(later, CONFIG.holdTtlSeconds));
  });

  test("one user's 20 concurrent holds on different seats: exactly 4 win, the rest HOLD_LIMIT_REACHED", async () => {
    const concert = await makeConcert(db, { seats: 20, dates: [at(new Date(), 86_400)] });
    const seats = await seatsOf(db, concert.schedules[0].id);
    const [fan] = await admit(db, [await makeUser(db)], concert.id);
    const now = new Date();

    const results = await Promise.allSettled(
      seats.map((seat, i) => holdSeat(pools[i % 2], { ...fan, seatId: seat.id }, CONFIG, now)),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    expect(codesOf(results)).toEqual(Array(16).fill('HOLD_LIMIT_REACHED'));
    expect(await db.reservation.count({ where: { userId: fan.userId, status: 'HELD' } })).toBe(4);
    expect(await db.seat.count({ where: { scheduleId: concert.schedules[0].id, status: 'HELD' } })).toBe(4);
  });

  test('the hold limit counts holds across concerts, and only unexpired ones', async () => {
    const [one, two] = await Promise.all([makeConcert(db, { seats: 3 }), makeConcert(db, { seats: 3 })]);
    const user = await makeUser(db);
    const start = new Date();
    const [inOne] = await admit(db, [user], one.id, start);
    const [inTwo] = await admit(db, [user], two.id, start);
    const [oneSeats, twoSeats] = await Promise.all([seatsOf(db, one.schedules[0].id), seatsOf(db, two.schedules[0].id)]);

    for (const seat of oneSeats) await holdSeat(db, { ...inOne, seatId: seat.id }, CONFIG, start);
    await holdSeat(db, { ...inTwo, seatId: twoSeats[0].id }, CONFIG, at(start, 10));
    await expect(holdSeat(db, { ...inTwo, seatId: twoSeats[1].id }, CONFIG, at(start, 20))).rejects.toMatchObject({
      code: 'HOLD_LIMIT_REACHED',
    });

    // Once the first three run out, the user may hold again without any sweeper.
    const later = at(start, CONFIG.holdTtlSeconds);
    const held = await holdSeat(db, { ...inTwo, seatId: twoSeats[1].id }, CONFIG, later);
    expect(held.status).toBe('HELD');
  });

  test('a seat plainly taken is refused before any transaction, with the answers in the same order', async () => {
    const concert = await makeConcert(db, { seats: 6 });
    const seats = await seatsOf(db, concert.schedules[0].id);
    const [collector, fan] = await admit(db, await makeUsers(db, 2), concert.id);
    const now = new Date();
    for (const seat of seats.slice(0, 4)) await holdSeat(db, { ...collector, seatId: seat.id }, CONFIG, now);
    await holdSeat(db, { ...fan, seatId: seats[4].id }, CONFIG, now);

    const transactions = vi.spyOn(db, '$transaction');
    await expect(holdSeat(db, { ...fan, seatId: seats[0].id }, CONFIG, now)).rejects.toMatchObject({
      code: 'SEAT_UNAVAILABLE',
      detail: `Seat ${seats[0].number} is held or sold`,
    });
    // At the limit, the limit is the answer, whether the seat is taken or free.
    await expect(holdSeat(db, { ...collector, seatId: seats[4].id }, CONFIG, now)).rejects.toMatchObject({
      code: 'HOLD_LIMIT_REACHED',
    });
    await expect(holdSeat(db, { ...collector, seatId: seats[5].id }, CONFIG, now)).rejects.toMatchObject({
      code: 'HOLD_LIMIT_REACHED',
    });
    expect(transactions).not.toHaveBeenCalled();
    transactions.mockRestore();
    expect((await seatState(db, seats[5].id)).seat.status).toBe('AVAILABLE');
  });
});
