/**
 * The seat-rows migration gives every seat made before it the row, label and grade the seat map
 * drew for it: rows of ten in number order, grades by price (the dearest VIP, then R, S, A, ...),
 * no grade for a date with a single price. It runs here on its own schema, after the
 * migrations before it, over seats written as the old code wrote them.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readMigrations } from '@/lib/db/migrate';

const MIGRATION = '20261202000000_seat_rows';
const SCHEMA = `backfill_${process.pid}`;
const client = new pg.Client({ connectionString: inject('databaseUrl') });

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE SCHEMA ${SCHEMA}`);
  await client.query(`SET search_path TO ${SCHEMA}`);
  for (const migration of readMigrations().filter((m) => m.name < MIGRATION)) await client.query(migration.sql);
});
afterAll(async () => {
  await client.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
  await client.end();
});

/** A date with its seats as the code before rows wrote them: numbers and prices only. */
async function oldDate(prices: number[], numbers = prices.map((_, i) => i + 1)) {
  const {
    rows: [concert],
  } = await client.query<{ id: string }>(
    `INSERT INTO "Concert" (title, artist, venue) VALUES ('Old', 'Old', 'Old') RETURNING id`,
  );
  const {
    rows: [schedule],
  } = await client.query<{ id: string }>(
    `INSERT INTO "Schedule" ("concertId", "startsAt") VALUES ($1, now() + interval '7 days') RETURNING id`,
    [concert.id],
  );
  await client.query(
    `INSERT INTO "Seat" ("scheduleId", number, price) SELECT $1, n, p FROM unnest($2::int[], $3::int[]) AS t(n, p)`,
    [schedule.id, numbers, prices],
  );
  return schedule.id;
}

const seatsOf = async (scheduleId: string) =>
  (
    await client.query<{ number: number; row: string; label: string; grade: string | null }>(
      `SELECT number, row, label, grade FROM "Seat" WHERE "scheduleId" = $1 ORDER BY number`,
      [scheduleId],
    )
  ).rows.map((s) => [s.number, s.row, s.label, s.grade]);

describe('the seat-rows migration over seats made before it', () => {
  test('labels rows of ten, grades by price, and leaves a one-price date ungraded', async () => {
    // The demo's layout: ten VIP, twenty R, twenty S; and a date of 270 seats at one price.
    const tiered = await oldDate(Array.from({ length: 50 }, (_, i) => (i < 10 ? 165_000 : i < 30 ? 143_000 : 121_000)));
    const plain = await oldDate(Array(270).fill(50_000));
    // Seven prices: past the six names, a grade is "Tier 7"; gaps in numbering keep their numbers.
    const many = await oldDate([70, 60, 50, 40, 30, 20, 10], [1, 2, 3, 5, 8, 13, 21]);
    const migration = readMigrations().find((m) => m.name === MIGRATION)!;
    await client.query(migration.sql);

    const seats = await seatsOf(tiered);
    expect(seats.slice(0, 11)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [i + 1, 'A', `A${i + 1}`, 'VIP']),
      [11, 'B', 'B11', 'R'],
    ]);
    expect(seats[29]).toEqual([30, 'C', 'C30', 'R']);
    expect(seats[30]).toEqual([31, 'D', 'D31', 'S']);
    expect(seats[49]).toEqual([50, 'E', 'E50', 'S']);

    const plainSeats = await seatsOf(plain);
    expect(new Set(plainSeats.map(([, , , grade]) => grade))).toEqual(new Set([null]));
    expect([plainSeats[259], plainSeats[260], plainSeats[269]]).toEqual([
      [260, 'Z', 'Z260', null],
      [261, 'AA', 'AA261', null],
      [270, 'AA', 'AA270', null],
    ]);

    expect(await seatsOf(many)).toEqual([
      [1, 'A', 'A1', 'VIP'],
      [2, 'A', 'A2', 'R'],
      [3, 'A', 'A3', 'S'],
      [5, 'A', 'A5', 'A'],
      [8, 'A', 'A8', 'B'],
      [13, 'A', 'A13', 'C'],
      [21, 'A', 'A21', 'Tier 7'],
    ]);
  });
});
