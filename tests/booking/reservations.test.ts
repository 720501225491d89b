import { describe, expect, test } from 'vitest';
import { cancelReservation } from '@/lib/core/booking/cancel-reservation';
import { getReservation } from '@/lib/core/booking/get-reservation';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { listReservations } from '@/lib/core/booking/list-reservations';
import { listSchedules } from '@/lib/core/booking/list-schedules';
import { listSeats } from '@/lib/core/booking/list-seats';
import { makeConcert, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { admit, at, CONFIG, seatsOf, seatState } from './booking-fixtures';

const db = openTestDb(10);
const missing = '00000000-0000-4000-8000-000000000000';

describe('dates and seats', () => {
  test('lists future dates earliest first with free seats, and every seat by number', async () => {
    const now = new Date();
    const concert = await makeConcert(db, {
      seats: 4,
      price: 70_000,
      dates: [at(now, 9 * 86_400), at(now, -3600), at(now, 86_400)],
    });
    const [fan] = await admit(db, [await makeUser(db)], concert.id, now);
    const [soon, later] = concert.schedules.filter((s) => new Date(s.startsAt) > now);
    const [one, two] = await seatsOf(db, soon.id);
    await holdSeat(db, { ...fan, seatId: one.id }, CONFIG, now);
    await db.seat.update({ where: { id: two.id }, data: { status: 'SOLD' } });

    expect(await listSchedules(db, { token: fan.token, concertId: concert.id }, now)).toEqual([
      { id: soon.id, startsAt: soon.startsAt, totalSeats: 4, availableSeats: 2 },
      { id: later.id, startsAt: later.startsAt, totalSeats: 4, availableSeats: 4 },
    ]);
    const seats = await listSeats(db, { token: fan.token, scheduleId: soon.id }, now);
    expect(seats.map((s) => [s.number, s.status, s.price])).toEqual([
      [1, 'HELD', 70_000],
      [2, 'SOLD', 70_000],
      [3, 'AVAILABLE', 70_000],
      [4, 'AVAILABLE', 70_000],
    ]);
  });

  test("unknown concerts, unknown or begun dates are NOT_FOUND; another concert's token is QUEUE_TOKEN_INVALID", async () => {
    const now = new Date();
    const [concert, other] = await Promise.all([makeConcert(db), makeConcert(db, { dates: [at(now, -60), at(now, 86_400)] })]);
    const [fan] = await admit(db, [await makeUser(db)], other.id);
    await expect(listSeats(db, { token: fan.token, scheduleId: other.schedules[0].id }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listSeats(db, { token: fan.token, scheduleId: other.schedules[1].id }, now)).toHaveLength(10);
    await expect(listSchedules(db, { token: fan.token, concertId: missing }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listSeats(db, { token: fan.token, scheduleId: missing }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listSchedules(db, { token: fan.token, concertId: concert.id }, now)).rejects.toMatchObject({
      code: 'QUEUE_TOKEN_INVALID',
    });
    await expect(listSeats(db, { token: fan.token, scheduleId: concert.schedules[0].id }, now)).rejects.toMatchObject({
      code: 'QUEUE_TOKEN_INVALID',
    });
  });
});

describe('holding', () => {
  test('a hold returns the Reservation of docs/api.md and keeps the seat row in step', async () => {
    const concert = await makeConcert(db, { price: 88_000 });
    const [seat] = await seatsOf(db, concert.schedules[0].id);
    const [fan] = await admit(db, [await makeUser(db)], concert.id);
    const now = new Date();

    const held = await holdSeat(db, { ...fan, seatId: seat.id }, CONFIG, now);

    expect(held).toEqual({
      id: expect.any(String),
      concertId: concert.id,
      scheduleId: concert.schedules[0].id,
      seatId: seat.id,
      seatNumber: 1,
      seatLabel: 'A1',
      grade: null,
      startsAt: concert.schedules[0].startsAt,
      price: 88_000,
      status: 'HELD',
      heldUntil: at(now, CONFIG.holdTtlSeconds).toISOString(),
      paymentId: null,
      ticketCode: null,
      checkedInAt: null,
      createdAt: now.toISOString(),
    });
    expect((await seatState(db, seat.id)).seat).toMatchObject({ status: 'HELD', heldUntil: at(now, CONFIG.holdTtlSeconds) });
    // Your own hold is held too: holding it again is SEAT_UNAVAILABLE.
    await expect(holdSeat(db, { ...fan, seatId: seat.id }, CONFIG, now)).rejects.toMatchObject({ code: 'SEAT_UNAVAILABLE' });
  });

  test("refuses an unknown seat, another concert's seat, a sold seat and a date that has begun, changing nothing", async () => {
    const now = new Date();
    const [concert, other, begun] = await Promise.all([
      makeConcert(db),
      makeConcert(db),
      makeConcert(db, { dates: [at(now, -60)] }),
    ]);
    const user = await makeUser(db);
    const [fan] = await admit(db, [user], concert.id, now);
    const [inBegun] = await admit(db, [user], begun.id, now);
    const [sold] = await seatsOf(db, concert.schedules[0].id);
    await db.seat.update({ where: { id: sold.id }, data: { status: 'SOLD' } });
    const [otherSeat] = await seatsOf(db, other.schedules[0].id);
    const [begunSeat] = await seatsOf(db, begun.schedules[0].id);

    const hold = (input: typeof fan, seatId: string) => holdSeat(db, { ...input, seatId }, CONFIG, now);
    await expect(hold(fan, missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(hold(fan, otherSeat.id)).rejects.toMatchObject({ code: 'QUEUE_TOKEN_INVALID' });
    await expect(hold(fan, sold.id)).rejects.toMatchObject({ code: 'SEAT_UNAVAILABLE' });
    await expect(hold(inBegun, begunSeat.id)).rejects.toMatchObject({ code: 'SEAT_UNAVAILABLE' });

    expect(await db.reservation.count({ where: { userId: user.id } })).toBe(0);
    expect((await seatState(db, otherSeat.id)).seat.status).toBe('AVAILABLE');
    expect((await seatState(db, begunSeat.id)).seat.status).toBe('AVAILABLE');
  });
});

describe('cancelling and reading reservations', () => {
  test('cancelling an unexpired hold frees the seat for the next fan', async () => {
    const concert = await makeConcert(db);
    const [seat] = await seatsOf(db, concert.schedules[0].id);
    const [alice, bob] = await admit(db, [await makeUser(db), await makeUser(db)], concert.id);
    const now = new Date();
    const held = await holdSeat(db, { ...alice, seatId: seat.id }, CONFIG, now);

    const cancelled = await cancelReservation(db, { userId: alice.userId, reservationId: held.id }, at(now, 10));

    expect(cancelled).toMatchObject({ id: held.id, status: 'CANCELLED' });
    expect((await seatState(db, seat.id)).seat).toMatchObject({ status: 'AVAILABLE', heldUntil: null });
    expect((await holdSeat(db, { ...bob, seatId: seat.id }, CONFIG, at(now, 11))).status).toBe('HELD');
  });

  test('of 10 concurrent cancels of one hold exactly one succeeds', async () => {
    const concert = await makeConcert(db);
    const [seat] = await seatsOf(db, concert.schedules[0].id);
    const [fan] = await admit(db, [await makeUser(db)], concert.id);
    const now = new Date();
    const held = await holdSeat(db, { ...fan, seatId: seat.id }, CONFIG, now);

    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => cancelReservation(db, { userId: fan.userId, reservationId: held.id }, now)),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === 'rejected' ? [r.reason.code] : []))).toEqual(
      Array(9).fill('RESERVATION_NOT_CANCELLABLE'),
    );
    expect(await seatState(db, seat.id)).toMatchObject({
      seat: { status: 'AVAILABLE', heldUntil: null },
      reservations: [{ status: 'CANCELLED' }],
    });
  });

  test('anything but your own unexpired hold is RESERVATION_NOT_CANCELLABLE, and stays as it was', async () => {
    const concert = await makeConcert(db);
    const [first, second] = await seatsOf(db, concert.schedules[0].id);
    const [fan] = await admit(db, [await makeUser(db)], concert.id);
    const now = new Date();
    const cancelled = await holdSeat(db, { ...fan, seatId: first.id }, CONFIG, now);
    await cancelReservation(db, { userId: fan.userId, reservationId: cancelled.id }, now);
    const expired = await holdSeat(db, { ...fan, seatId: second.id }, CONFIG, now);
    const end = at(now, CONFIG.holdTtlSeconds);

    for (const reservation of [cancelled, expired]) {
      await expect(cancelReservation(db, { userId: fan.userId, reservationId: reservation.id }, end)).rejects.toMatchObject({
        code: 'RESERVATION_NOT_CANCELLABLE',
      });
    }
    expect(await seatState(db, second.id)).toMatchObject({
      seat: { status: 'HELD' },
      reservations: [{ status: 'HELD' }],
    });
  });

  test("another user's reservation is NOT_FOUND to read or cancel, and nothing changes", async () => {
    const concert = await makeConcert(db);
    const [seat] = await seatsOf(db, concert.schedules[0].id);
    const [owner, intruder] = await admit(db, [await makeUser(db), await makeUser(db)], concert.id);
    const now = new Date();
    const held = await holdSeat(db, { ...owner, seatId: seat.id }, CONFIG, now);
    const before = await seatState(db, seat.id);

    await expect(cancelReservation(db, { userId: intruder.userId, reservationId: held.id }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getReservation(db, { userId: intruder.userId, reservationId: held.id }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getReservation(db, { userId: owner.userId, reservationId: missing }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listReservations(db, intruder.userId, now)).toEqual([]);

    expect(await seatState(db, seat.id)).toEqual(before);
    expect(await getReservation(db, { userId: owner.userId, reservationId: held.id }, now)).toEqual(held);
  });

  test('lists your own reservations newest first', async () => {
    const concert = await makeConcert(db);
    const seats = await seatsOf(db, concert.schedules[0].id);
    const [fan] = await admit(db, [await makeUser(db)], concert.id);
    const now = new Date();
    const made = [];
    for (const [i, seat] of seats.slice(0, 3).entries()) {
      made.push(await holdSeat(db, { ...fan, seatId: seat.id }, CONFIG, at(now, i)));
    }
    await cancelReservation(db, { userId: fan.userId, reservationId: made[1].id }, at(now, 5));

    const list = await listReservations(db, fan.userId, at(now, 5));
    expect(list.map((r) => [r.id, r.status])).toEqual([
      [made[2].id, 'HELD'],
      [made[1].id, 'CANCELLED'],
      [made[0].id, 'HELD'],
    ]);
  });
});
