/**
 * The benchmark's data, written straight into PostgreSQL: signing 100,000 users up through the
 * password hash would measure the hash, and building a line of 100,000 through joins would
 * take longer than the benchmark. Rows look exactly as the app writes them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';

export interface BenchUser {
  id: string;
  email: string;
  name: string;
}

const DAY_MS = 86_400_000;

/** `count` users named after the run, in one statement; they have no usable password. */
export async function createUsers(pool: pg.Pool, count: number, label: string): Promise<BenchUser[]> {
  const users: BenchUser[] = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `${label}-${i}@bench.encore`,
    name: `Bench ${label} ${i}`,
  }));
  for (let start = 0; start < users.length; start += 50_000) {
    const batch = users.slice(start, start + 50_000);
    await pool.query(
      `INSERT INTO "User" (id, email, name, "passwordHash")
       SELECT u.id, u.email, u.name, 'no-password' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, email, name)`,
      [batch.map((u) => u.id), batch.map((u) => u.email), batch.map((u) => u.name)],
    );
  }
  return users;
}

export interface BenchConcert {
  id: string;
  schedules: { id: string; seatIds: string[] }[];
}

/** A concert on sale: its queue settings, `dates` future dates of `seats` seats each. */
export async function createConcert(
  pool: pg.Pool,
  options: { title: string; activeLimit: number; paused?: boolean; dates: number; seats: number; price?: number },
): Promise<BenchConcert> {
  const {
    rows: [{ id }],
  } = await pool.query<{ id: string }>(
    `INSERT INTO "Concert" (title, artist, venue) VALUES ($1, 'The Benchmarks', 'Loopback Hall') RETURNING id`,
    [options.title],
  );
  await pool.query(`INSERT INTO "QueueSettings" ("concertId", "activeLimit", paused) VALUES ($1, $2, $3)`, [
    id,
    options.activeLimit,
    options.paused ?? false,
  ]);
  const schedules = [];
  for (let d = 0; d < options.dates; d++) {
    const startsAt = new Date(Date.now() + (30 + d) * DAY_MS);
    const {
      rows: [schedule],
    } = await pool.query<{ id: string }>(`INSERT INTO "Schedule" ("concertId", "startsAt") VALUES ($1, $2) RETURNING id`, [
      id,
      startsAt,
    ]);
    // Rows of ten lettered A..Z, AA.. (lib/core/booking/seat-row-rules.ts), at one price, no grade.
    const seats = await pool.query<{ id: string }>(
      `INSERT INTO "Seat" ("scheduleId", number, row, label, price)
       SELECT $1, n, r.letter, r.letter || n, $3
       FROM generate_series(1, $2::int) n,
            LATERAL (SELECT (n - 1) / 10 AS i) AS x,
            LATERAL (SELECT CASE WHEN x.i < 26 THEN chr(65 + x.i) ELSE chr(64 + x.i / 26) || chr(65 + x.i % 26) END AS letter) AS r
       RETURNING id`,
      [schedule.id, options.seats, options.price ?? 50_000],
    );
    schedules.push({ id: schedule.id, seatIds: seats.rows.map((r) => r.id) });
  }
  return { id, schedules };
}

export interface TokenRow {
  userId: string;
  status: 'WAITING' | 'ACTIVE';
}

/**
 * Queue tokens in line order: row i gets the i-th seq from now on, so the line's order is the
 * order given. WAITING tokens were last seen `lastSeenAgoMs` ago; ACTIVE ones stay admitted
 * for 10 minutes. Returns the tokens, in the same order.
 */
export async function insertTokens(
  pool: pg.Pool,
  concertId: string,
  rows: TokenRow[],
  options: { lastSeenAgoMs?: number } = {},
): Promise<string[]> {
  const tokens = rows.map(() => randomBytes(32).toString('base64url'));
  // The place each WAITING token took, as a join records it (joinedPosition): a poll of a
  // token without one reads it again, which no real token of an open line makes it do.
  let waiting = 0;
  const joinedPositions = rows.map((r) => (r.status === 'WAITING' ? ++waiting : null));
  const now = new Date();
  const lastSeen = new Date(now.getTime() - (options.lastSeenAgoMs ?? 0));
  const activeUntil = new Date(now.getTime() + 600_000);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Take a block of seqs at once, so the rows are numbered in the order given.
    const {
      rows: [{ base }],
    } = await client.query<{ base: string }>(`SELECT nextval(pg_get_serial_sequence('"QueueToken"', 'seq'))::text AS base`);
    await client.query(`SELECT setval(pg_get_serial_sequence('"QueueToken"', 'seq'), $1::bigint + $2)`, [base, rows.length]);
    for (let start = 0; start < rows.length; start += 50_000) {
      const batch = rows.slice(start, start + 50_000);
      await client.query(
        `INSERT INTO "QueueToken"
           (token, seq, "userId", "concertId", status, "createdAt", "lastSeenAt", "activatedAt", "activeUntil", "joinedPosition")
         SELECT t.token, $2::bigint + t.ord - 1, t."userId", $1::uuid, t.status::"QueueTokenStatus", $5::timestamptz, $6::timestamptz,
                CASE WHEN t.status = 'ACTIVE' THEN $5::timestamptz END, CASE WHEN t.status = 'ACTIVE' THEN $7::timestamptz END,
                t."joinedPosition"
         FROM unnest($3::text[], $4::uuid[], $8::text[], $9::int[]) WITH ORDINALITY AS t(token, "userId", status, "joinedPosition", ord)`,
        [
          concertId,
          String(BigInt(base) + BigInt(start)),
          tokens.slice(start, start + 50_000),
          batch.map((r) => r.userId),
          now,
          lastSeen,
          activeUntil,
          batch.map((r) => r.status),
          joinedPositions.slice(start, start + 50_000),
        ],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return tokens;
}
