import { describe, expect, test } from 'vitest';
import { getReservation } from '@/lib/core/booking/get-reservation';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { listReservations } from '@/lib/core/booking/list-reservations';
import { listSchedules } from '@/lib/core/booking/list-schedules';
import { listSeats } from '@/lib/core/booking/list-seats';
import { sweepExpiredHolds } from '@/lib/core/booking/sweep-expired-holds';
import { makeConcert, makeUser, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { admit, at, CONFIG, seatsOf, seatState } from './booking-fixtures';

const db = openTestDb(10);

// The sweeper sweeps the whole database, which other test files share: these tests live two days
// in the past so that sweeping at their "later" never touches anyone else's live holds.
const past = () => at(new Date(), -2 * 86_400);
const makeUsersOf = (count: number) => makeUsers(db, count);

describe('a hold that runs out', () => {
  test('frees its seat at once without a sweeper; the sweeper then leaves the new hold alone', async () => {
    const concert = await makeConcert(db, { seats: 3 });
    const schedule = concert.schedules[0];
    const [seat] = await seatsOf(db, schedule.id);
    const start = past();
    const [alice, bob] = await admit(db, [await makeUser(db), await makeUser(db)], concert.id, start);
    const availableOf = async (now: Date) =>
      (await listSchedules(db, { token: bob.token, concertId: concert.id }, now)).find((s) => s.id === schedule.id)!
        .availableSeats;
    const seatStatus = async (now: Date) =>
      (await listSeats(db, { token: bob.token, scheduleId: schedule.id }, now)).find((s) => s.id === seat.id)!.status;

    const held = await holdSeat(db, { ...alice, seatId: seat.id }, CONFIG, start);
    expect(held).toMatchObject({ status: 'HELD', heldUntil: at(start, CONFIG.holdTtlSeconds).toISOString() });

    // A millisecond before the end it is still Alice's.
    const justBefore = new Date(at(start, CONFIG.holdTtlSeconds).getTime() - 1);
    expect(await availableOf(justBefore)).toBe(2);
    expect(await seatStatus(justBefore)).toBe('HELD');
    await expect(holdSeat(db, { ...bob, seatId: seat.id }, CONFIG, justBefore)).rejects.toMatchObject({
      code: 'SEAT_UNAVAILABLE',
    });

    // At heldUntil it is over, whatever the rows still say.
    const end = at(start, CONFIG.holdTtlSeconds);
    expect((await db.reservation.findUniqueOrThrow({ where: { id: held.id } })).status).toBe('HELD');
    expect(await availableOf(end)).toBe(3);
    expect(await seatStatus(end)).toBe('AVAILABLE');
    expect((await getReservation(db, { userId: alice.userId, reservationId: held.id }, end)).status).toBe('EXPIRED');
    expect((await listReservations(db, alice.userId, end))[0]).toMatchObject({ id: held.id, status: 'EXPIRED' });

    const later = at(end, 1);
    const taken = await holdSeat(db, { ...bob, seatId: seat.id }, CONFIG, later);
    expect(taken.status).toBe('HELD');
    expect((await db.reservation.findUniqueOrThrow({ where: { id: held.id } })).status).toBe('EXPIRED');
    expect(await availableOf(later)).toBe(2);

    // The sweeper finds nothing of Alice's left to do, and must not free Bob's seat.
    await sweepExpiredHolds(db, at(later, 1));
    const { seat: after, reservations } = await seatState(db, seat.id);
    expect(after).toMatchObject({ status: 'HELD', heldUntil: at(later, CONFIG.holdTtlSeconds) });
    expect(reservations.map((r) => r.status)).toEqual(['EXPIRED', 'HELD']);
  });

  test('the sweeper marks holds past their time EXPIRED and frees their seats, and nothing else', async () => {
    const concert = await makeConcert(db, { seats: 3 });
    const [first, second, third] = await seatsOf(db, concert.schedules[0].id);
    const start = past();
    const [fan] = await admit(db, [await makeUser(db)], concert.id, start);
    const early = await holdSeat(db, { ...fan, seatId: first.id }, CONFIG, start);
    const late = await holdSeat(db, { ...fan, seatId: second.id }, CONFIG, at(start, 60));
    await db.seat.update({ where: { id: third.id }, data: { status: 'SOLD' } });

    const sweepAt = at(start, CONFIG.holdTtlSeconds + 1);
    expect(await sweepExpiredHolds(db, sweepAt)).toBeGreaterThanOrEqual(1);

    expect(await seatState(db, first.id)).toMatchObject({
      seat: { status: 'AVAILABLE', heldUntil: null },
      reservations: [{ id: early.id, status: 'EXPIRED' }],
    });
    expect(await seatState(db, second.id)).toMatchObject({
      seat: { status: 'HELD' },
      reservations: [{ id: late.id, status: 'HELD' }],
    });
    expect((await db.seat.findUniqueOrThrow({ where: { id: third.id } })).status).toBe('SOLD');
  });

  test('sweeps racing holds that take over expired seats neither deadlock nor free a re-held seat', async () => {
    const concert = await makeConcert(db, { seats: 20, dates: [at(new Date(), 86_400)] });
    const seats = await seatsOf(db, concert.schedules[0].id);
    const start = past();
    const first = await admit(db, await makeUsersOf(5), concert.id, start);
    for (const [i, seat] of seats.entries()) {
      await holdSeat(db, { ...first[i % 5], seatId: seat.id }, CONFIG, at(start, i));
    }
    const later = at(start, CONFIG.holdTtlSeconds + 30);
    const second = await admit(db, await makeUsersOf(20), concert.id, later);

    const results = await Promise.allSettled([
      ...seats.map((seat, i) => holdSeat(db, { ...second[i], seatId: seat.id }, CONFIG, later)),
      ...Array.from({ length: 5 }, () => sweepExpiredHolds(db, later)),
    ]);

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    for (const seat of seats) {
      const { seat: after, reservations } = await seatState(db, seat.id);
      expect(reservations.map((r) => r.status)).toEqual(['EXPIRED', 'HELD']);
      expect(after).toMatchObject({ status: 'HELD', heldUntil: reservations[1].heldUntil });
    }
  });
});
