import { describe, expect, test } from 'vitest';
import { cancelReservation } from '@/lib/core/booking/cancel-reservation';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { listAdminReservations } from '@/lib/core/booking/list-admin-reservations';
import { publishConcert } from '@/lib/core/booking/publish-concert';
import { makeConcert, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { AdminReservationsQuery, CreateConcertBody } from '@/lib/schemas/admin';
import { admit, at, CONFIG, seatsOf } from './booking-fixtures';

const db = openTestDb(10);
const QUEUE = { defaultActiveLimit: 37 };

const valid = (now: Date) => ({
  title: '  Spring Tour  ',
  artist: 'The Band',
  venue: 'Olympic Hall',
  schedules: [
    { startsAt: at(now, 2 * 86_400).toISOString(), seatCount: 3, price: 99_000 },
    { startsAt: at(now, 86_400).toISOString(), seatCount: 2, price: 10_000_000 },
  ],
});

const pathsOf = (body: unknown) => {
  const result = CreateConcertBody.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('admin: creating a concert', () => {
  test('makes the concert, its queue, its dates (earliest first) and seats numbered 1..seatCount', async () => {
    const now = new Date();
    const created = await publishConcert(db, CreateConcertBody.parse(valid(now)), QUEUE, now);

    expect(created).toMatchObject({ title: 'Spring Tour', artist: 'The Band', venue: 'Olympic Hall', description: '' });
    expect(created.schedules.map((s) => [s.startsAt, s.totalSeats])).toEqual([
      [at(now, 86_400).toISOString(), 2],
      [at(now, 2 * 86_400).toISOString(), 3],
    ]);
    const seats = await seatsOf(db, created.schedules[1].id);
    expect(seats.map((s) => [s.number, s.price, s.status])).toEqual([
      [1, 99_000, 'AVAILABLE'],
      [2, 99_000, 'AVAILABLE'],
      [3, 99_000, 'AVAILABLE'],
    ]);
    expect(await db.queueSettings.findUnique({ where: { concertId: created.id } })).toMatchObject({
      activeLimit: 37,
      paused: false,
    });
  });

  test('the schema refuses every out-of-range or mistyped field', () => {
    const now = new Date();
    const base = valid(now);
    const date = base.schedules[0];
    expect(pathsOf(base)).toEqual([]);
    expect(pathsOf({ ...base, title: '   ' })).toEqual(['title']);
    expect(pathsOf({ ...base, artist: 'x'.repeat(201) })).toEqual(['artist']);
    expect(pathsOf({ ...base, venue: 42 })).toEqual(['venue']);
    expect(pathsOf({ ...base, description: 'x'.repeat(5001) })).toEqual(['description']);
    expect(pathsOf({ ...base, schedules: [] })).toEqual(['schedules']);
    expect(pathsOf({ ...base, schedules: Array(51).fill(date) })).toEqual(['schedules']);
    expect(pathsOf({ ...base, schedules: [date, { ...date }] })).toEqual(['schedules.1.startsAt']);
    expect(pathsOf({ ...base, schedules: [{ ...date, startsAt: 'tomorrow' }] })).toEqual(['schedules.0.startsAt']);
    expect(pathsOf({ ...base, schedules: [{ ...date, startsAt: '2030-01-01T10:00:00' }] })).toEqual(['schedules.0.startsAt']);
    expect(pathsOf({ ...base, schedules: [{ ...date, seatCount: 0 }] })).toEqual(['schedules.0.seatCount']);
    expect(pathsOf({ ...base, schedules: [{ ...date, seatCount: 501 }] })).toEqual(['schedules.0.seatCount']);
    expect(pathsOf({ ...base, schedules: [{ ...date, seatCount: 2.5 }] })).toEqual(['schedules.0.seatCount']);
    expect(pathsOf({ ...base, schedules: [{ ...date, price: 0 }] })).toEqual(['schedules.0.price']);
    expect(pathsOf({ ...base, schedules: [{ ...date, price: 10_000_001 }] })).toEqual(['schedules.0.price']);
    expect(pathsOf({ ...base, schedules: [{ ...date, price: 1000.5 }] })).toEqual(['schedules.0.price']);
    expect(pathsOf({ ...base, schedules: [{ ...date, price: '1000' }] })).toEqual(['schedules.0.price']);
    expect(pathsOf({ ...base, schedules: 'soon' })).toEqual(['schedules']);
    expect(pathsOf(null)).toEqual(['']);
  });

  test('a date that is not in the future is VALIDATION_FAILED and creates nothing', async () => {
    const now = new Date();
    const body = CreateConcertBody.parse({
      ...valid(now),
      title: `Too late ${now.getTime()}`,
      schedules: [valid(now).schedules[0], { startsAt: now.toISOString(), seatCount: 1, price: 1 }],
    });
    await expect(publishConcert(db, body, QUEUE, now)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      extra: { errors: [{ path: 'schedules.1.startsAt', message: 'Must be in the future' }] },
    });
    expect(await db.concert.count({ where: { title: body.title } })).toBe(0);
  });
});

describe('admin: listing reservations', () => {
  test('filters by concert, date and status as readers see it, newest first, with the email', async () => {
    const concert = await makeConcert(db, { seats: 4 });
    const [one, two] = concert.schedules;
    const [s1, s2, s3] = await seatsOf(db, one.id);
    const [t1] = await seatsOf(db, two.id);
    const user = await makeUser(db);
    const [fan] = await admit(db, [user], concert.id);
    const start = new Date();
    const ran = await holdSeat(db, { ...fan, seatId: s1.id }, CONFIG, at(start, -CONFIG.holdTtlSeconds));
    const cancelled = await holdSeat(db, { ...fan, seatId: s2.id }, CONFIG, at(start, 1));
    await cancelReservation(db, { userId: user.id, reservationId: cancelled.id }, at(start, 2));
    const held = await holdSeat(db, { ...fan, seatId: s3.id }, CONFIG, at(start, 3));
    const onTwo = await holdSeat(db, { ...fan, seatId: t1.id }, CONFIG, at(start, 4));
    const now = at(start, 5);
    const ids = async (filter: object) =>
      (await listAdminReservations(db, { concertId: concert.id, ...filter }, now)).items.map((r) => r.id);

    const all = await listAdminReservations(db, { concertId: concert.id }, now);
    expect(all.items.map((r) => [r.id, r.status, r.userEmail])).toEqual([
      [onTwo.id, 'HELD', user.email],
      [held.id, 'HELD', user.email],
      [cancelled.id, 'CANCELLED', user.email],
      [ran.id, 'EXPIRED', user.email],
    ]);
    expect(await ids({ scheduleId: one.id })).toEqual([held.id, cancelled.id, ran.id]);
    expect(await ids({ status: 'HELD' })).toEqual([onTwo.id, held.id]);
    expect(await ids({ status: 'EXPIRED' })).toEqual([ran.id]);
    expect(await ids({ status: 'CANCELLED', scheduleId: one.id })).toEqual([cancelled.id]);
    expect(await ids({ status: 'CONFIRMED' })).toEqual([]);
  });

  test('the query schema takes empty values as no filter and refuses malformed ones', () => {
    expect(AdminReservationsQuery.parse({ concertId: '', scheduleId: '', status: '' })).toEqual({});
    expect(AdminReservationsQuery.safeParse({ concertId: 'nope' }).success).toBe(false);
    expect(AdminReservationsQuery.safeParse({ status: 'held' }).success).toBe(false);
    expect(AdminReservationsQuery.parse({ status: 'EXPIRED', unknown: 'x' })).toEqual({ status: 'EXPIRED' });
  });
});
