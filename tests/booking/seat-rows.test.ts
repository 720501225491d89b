/**
 * Seats that read like seats (issue 16): rows lettered A, B, ..., labels "B14" and price grades,
 * from the admin's rows through the seat map, holds, tickets and the admin's views.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { POST as postConcert } from '@/app/api/v1/admin/concerts/route';
import { getAdminSeatMap } from '@/lib/core/admin/get-admin-seat-map';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { listAdminReservations } from '@/lib/core/booking/list-admin-reservations';
import { listReservations } from '@/lib/core/booking/list-reservations';
import { listSeats } from '@/lib/core/booking/list-seats';
import { layOutSeats, plainRows, rowLetter } from '@/lib/core/booking/seat-row-rules';
import { Seat } from '@/lib/schemas/booking';
import { makeConcert, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes, type Answer } from '../wallet/route-harness';
import { admit, at, CONFIG, seatsOf } from './booking-fixtures';

// Every signed-in user of this file may use the admin endpoints.
vi.mock('@/lib/auth/session', async () => {
  const { sessionMock } = await import('../wallet/route-harness');
  return { ...sessionMock, requireAdmin: async () => ({ ...(await sessionMock.requireUser()), role: 'ADMIN' }) };
});

const db = openTestDb(10);
beforeAll(() => {
  useTestDatabaseForRoutes();
  process.env.AUTH_SECRET ??= 'seat-rows-test-secret-seat-rows-test-secret';
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const GRADED = [
  { grade: 'VIP', price: 150_000, seats: 2 },
  { grade: 'R', price: 120_000, seats: 3 },
  { price: 90_000, seats: 1 },
];

describe('the rules', () => {
  test('rows are lettered A..Z, then AA, AB, ...; 50 rows end at AX', () => {
    expect([0, 1, 25, 26, 27, 49].map(rowLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AX']);
  });

  test('seats are numbered 1..N across the rows and labelled row then number', () => {
    expect(layOutSeats(GRADED.map((row) => ({ grade: null, ...row })))).toEqual([
      { number: 1, row: 'A', label: 'A1', grade: 'VIP', price: 150_000 },
      { number: 2, row: 'A', label: 'A2', grade: 'VIP', price: 150_000 },
      { number: 3, row: 'B', label: 'B3', grade: 'R', price: 120_000 },
      { number: 4, row: 'B', label: 'B4', grade: 'R', price: 120_000 },
      { number: 5, row: 'B', label: 'B5', grade: 'R', price: 120_000 },
      { number: 6, row: 'C', label: 'C6', grade: null, price: 90_000 },
    ]);
  });

  test('a bare seat count is rows of ten at one price, with no grade', () => {
    expect(plainRows(23, 5_000)).toEqual([
      { grade: null, price: 5_000, seats: 10 },
      { grade: null, price: 5_000, seats: 10 },
      { grade: null, price: 5_000, seats: 3 },
    ]);
  });
});

describe('POST /admin/concerts with rows', () => {
  const body = (schedules: unknown[]) => ({
    title: `Rows Night ${randomUUID().slice(0, 8)}`,
    artist: 'The Rows',
    venue: 'Row Hall',
    schedules,
  });

  test('lays out each date from its rows; the first shape still works, as rows of ten', async () => {
    const admin = await makeUser(db);
    const answer = await call(postConcert, 'POST', '/admin/concerts', {
      as: admin,
      body: body([
        { startsAt: inDays(20), rows: GRADED },
        { startsAt: inDays(21), seatCount: 12, price: 40_000 },
      ]),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const [graded, plain] = answer.body.schedules as { id: string; totalSeats: number }[];
    expect([graded.totalSeats, plain.totalSeats]).toEqual([6, 12]);

    const rows = await seatsOf(db, graded.id);
    expect(rows.map((s) => [s.number, s.row, s.label, s.grade, s.price])).toEqual([
      [1, 'A', 'A1', 'VIP', 150_000],
      [2, 'A', 'A2', 'VIP', 150_000],
      [3, 'B', 'B3', 'R', 120_000],
      [4, 'B', 'B4', 'R', 120_000],
      [5, 'B', 'B5', 'R', 120_000],
      [6, 'C', 'C6', null, 90_000],
    ]);
    const plainSeats = await seatsOf(db, plain.id);
    expect(plainSeats.map((s) => s.label)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'B11', 'B12']);
    expect(new Set(plainSeats.map((s) => `${s.grade}:${s.price}`))).toEqual(new Set(['null:40000']));
  });

  // Rows kept short (no grade, a one-digit price) so that the body fits the API's 64 KB limit.
  test('takes 50 dates of 50 rows of 100 seats, the most a concert may have: 250,000 seats in one transaction', async () => {
    const admin = await makeUser(db);
    const rows = Array.from({ length: 50 }, () => ({ price: 9, seats: 100 }));
    const schedules = Array.from({ length: 50 }, (_, d) => ({ startsAt: inDays(30 + d), rows }));
    const answer = await call(postConcert, 'POST', '/admin/concerts', { as: admin, body: body(schedules) });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const dates = answer.body.schedules as { id: string; totalSeats: number }[];
    expect(dates.map((d) => d.totalSeats)).toEqual(Array(50).fill(5_000));
    const last = await db.seat.findFirstOrThrow({ where: { scheduleId: dates[49].id }, orderBy: { number: 'desc' } });
    expect([last.number, last.row, last.label, last.grade, last.price]).toEqual([5_000, 'AX', 'AX5000', null, 9]);
    expect(await db.seat.count({ where: { schedule: { concertId: answer.body.id as string } } })).toBe(250_000);
    // About 8 s alone; the creation's transaction may take 2 minutes, and so may this on a busy machine.
  }, 180_000);

  function expectRefused(answer: Answer, paths: string[]) {
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect((answer.body.errors as { path: string }[]).map((e) => e.path)).toEqual(paths);
  }

  test.each([
    ['no rows', [], ['schedules.0.rows']],
    ['51 rows', Array(51).fill({ price: 1, seats: 1 }), ['schedules.0.rows']],
    ['a row of no seats', [{ price: 1, seats: 0 }], ['schedules.0.rows.0.seats']],
    [
      'a row of 101 seats',
      [
        { price: 1, seats: 1 },
        { price: 1, seats: 101 },
      ],
      ['schedules.0.rows.1.seats'],
    ],
    ['half a seat', [{ price: 1, seats: 1.5 }], ['schedules.0.rows.0.seats']],
    ['a price of 0', [{ price: 0, seats: 1 }], ['schedules.0.rows.0.price']],
    ['no price', [{ seats: 4 }], ['schedules.0.rows.0.price']],
    ['a blank grade', [{ grade: '  ', price: 1, seats: 1 }], ['schedules.0.rows.0.grade']],
    ['a grade of 21 characters', [{ grade: 'x'.repeat(21), price: 1, seats: 1 }], ['schedules.0.rows.0.grade']],
    ['a grade that is a number', [{ grade: 1, price: 1, seats: 1 }], ['schedules.0.rows.0.grade']],
    ['rows that are not a list', 'front', ['schedules.0.rows']],
  ])('refuses %s with 400 problem+json and creates nothing', async (_, rows, paths) => {
    const admin = await makeUser(db);
    const refused = body([{ startsAt: inDays(20), rows }]);
    expectRefused(await call(postConcert, 'POST', '/admin/concerts', { as: admin, body: refused }), paths);
    expect(await db.concert.count({ where: { title: refused.title } })).toBe(0);
  });

  test('refuses a date with both shapes, or with neither, and creates nothing', async () => {
    const admin = await makeUser(db);
    const both = body([{ startsAt: inDays(20), rows: GRADED, seatCount: 6, price: 1_000 }]);
    expectRefused(await call(postConcert, 'POST', '/admin/concerts', { as: admin, body: both }), ['schedules.0.rows']);
    const neither = body([{ startsAt: inDays(20) }]);
    expectRefused(await call(postConcert, 'POST', '/admin/concerts', { as: admin, body: neither }), ['schedules.0.rows']);
    const noPrice = body([{ startsAt: inDays(20), seatCount: 6 }]);
    expectRefused(await call(postConcert, 'POST', '/admin/concerts', { as: admin, body: noPrice }), ['schedules.0.price']);
    const titles = [both.title, neither.title, noPrice.title];
    expect(await db.concert.count({ where: { title: { in: titles } } })).toBe(0);
  });
});

describe('rows, labels and grades wherever a seat appears', () => {
  test('the seat map answers { id, number, row, label, grade, price, status } by number', async () => {
    const concert = await makeConcert(db, { rows: GRADED.map((row) => ({ grade: null, ...row })) });
    const user = await makeUser(db);
    const [fan] = await admit(db, [user], concert.id);
    const seats = await listSeats(db, { token: fan.token, scheduleId: concert.schedules[0].id }, new Date());
    // The API's strict schema: no field more, none less.
    expect(z.array(Seat).parse(seats)).toEqual(seats);
    expect(Object.keys(seats[0]).sort()).toEqual(['grade', 'id', 'label', 'number', 'price', 'row', 'status']);
    expect(seats.map((s) => [s.number, s.row, s.label, s.grade, s.price, s.status])).toEqual([
      [1, 'A', 'A1', 'VIP', 150_000, 'AVAILABLE'],
      [2, 'A', 'A2', 'VIP', 150_000, 'AVAILABLE'],
      [3, 'B', 'B3', 'R', 120_000, 'AVAILABLE'],
      [4, 'B', 'B4', 'R', 120_000, 'AVAILABLE'],
      [5, 'B', 'B5', 'R', 120_000, 'AVAILABLE'],
      [6, 'C', 'C6', null, 90_000, 'AVAILABLE'],
    ]);
  });

  test("a reservation carries its seat's label and grade: the hold, the fan's list, the admin's list and seat map", async () => {
    const concert = await makeConcert(db, { rows: GRADED.map((row) => ({ grade: null, ...row })) });
    const [, , , b4, , c6] = await seatsOf(db, concert.schedules[0].id);
    const user = await makeUser(db);
    const [fan] = await admit(db, [user], concert.id);
    const now = new Date();
    const held = await holdSeat(db, { ...fan, seatId: b4.id }, CONFIG, now);
    expect(held).toMatchObject({ seatNumber: 4, seatLabel: 'B4', grade: 'R', price: 120_000 });
    await holdSeat(db, { ...fan, seatId: c6.id }, CONFIG, at(now, 1));

    const mine = await listReservations(db, user.id, at(now, 2));
    expect(mine.map((r) => [r.seatLabel, r.grade])).toEqual([
      ['C6', null],
      ['B4', 'R'],
    ]);
    const admins = await listAdminReservations(db, { concertId: concert.id }, at(now, 2));
    expect(admins.items.map((r) => [r.seatLabel, r.grade, r.userEmail])).toEqual([
      ['C6', null, user.email],
      ['B4', 'R', user.email],
    ]);
    const map = await getAdminSeatMap(db, concert.schedules[0].id, at(now, 2));
    expect(map.map((s) => [s.label, s.row, s.grade, s.status])).toEqual([
      ['A1', 'A', 'VIP', 'AVAILABLE'],
      ['A2', 'A', 'VIP', 'AVAILABLE'],
      ['B3', 'B', 'R', 'AVAILABLE'],
      ['B4', 'B', 'R', 'HELD'],
      ['B5', 'B', 'R', 'AVAILABLE'],
      ['C6', 'C', null, 'HELD'],
    ]);
  });
});

describe('the database keeps labels true', () => {
  test('refuses a second seat with the same label on a date, a label that is not row then number, and a blank grade', async () => {
    const concert = await makeConcert(db, { seats: 2 });
    const scheduleId = concert.schedules[0].id;
    const seat = (fields: object) =>
      db.seat.create({ data: { scheduleId, number: 50, row: 'E', label: 'E50', price: 1, ...fields } });
    await expect(seat({ number: 51, label: 'A1' })).rejects.toThrow(/Seat_label_is_row_and_number/);
    await expect(seat({ row: 'a', label: 'a50' })).rejects.toThrow(/Seat_row_letters/);
    await expect(seat({ grade: ' VIP' })).rejects.toThrow(/Seat_grade_trimmed/);
    await expect(seat({ grade: '' })).rejects.toThrow(/Seat_grade_trimmed/);
    // A1 exists; the same label again can only come with number 1, which the number's own key refuses too.
    await expect(db.seat.create({ data: { scheduleId, number: 1, row: 'A', label: 'A1', price: 1 } })).rejects.toThrow();
    expect(await db.seat.count({ where: { scheduleId } })).toBe(2);
    const [index] = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname = 'Seat_scheduleId_label_key'`;
    expect(index.indexdef).toMatch(/UNIQUE INDEX .* \("scheduleId", label\)/);
  });
});
