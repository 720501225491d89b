/**
 * First come, first admitted, also while joins are still committing (decision 013). A join draws
 * its seq when its INSERT runs but is seen only once it commits; admission and the draw must not
 * read the line in between, or a later joiner is admitted (or drawn) ahead of an earlier one. The
 * line's order lock closes that gap: joins share it from before their seq until their commit,
 * admission and the draw take it alone. Each test holds one side of the lock open on a
 * connection of its own and shows the other side waits, and what it then does.
 */
import pg from 'pg';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { joinQueue } from '@/lib/core/queue/join-queue';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { at, CONFIG, concertOpeningAt, storeFor } from './queue-fixtures';

const db = openTestDb(20);
const store = storeFor(db);
const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
afterAll(() => pool.end());

/** How many backends wait for the line order lock of `concertId`. */
async function waitingForLineOrder(concertId: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks
     WHERE locktype = 'advisory' AND NOT granted AND classid = 1701
       AND objid = (hashtext($1::uuid::text)::bigint & 4294967295)::oid`,
    [concertId],
  );
  return rows[0].n;
}

/** Resolves once someone waits for the line order lock of `concertId` (fails after 10 s). */
async function untilSomeoneWaits(concertId: string) {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    if ((await waitingForLineOrder(concertId)) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('nobody came to wait for the line order lock');
}

/** A connection in an open transaction: `work` runs in it, then it commits when told. */
async function openTransaction(work: (client: pg.PoolClient) => Promise<void>) {
  const client = await pool.connect();
  await client.query('BEGIN');
  await work(client);
  return async () => {
    await client.query('COMMIT');
    client.release();
  };
}

/** What a join's statement does before its commit: the lock shared, then a WAITING row with its seq. */
const joinStillCommitting = (userId: string, concertId: string, now: Date) =>
  openTransaction(async (client) => {
    await client.query('SELECT share_line_order($1::uuid)', [concertId]);
    await client.query(
      `INSERT INTO "QueueToken" (token, "userId", "concertId", status, "createdAt", "lastSeenAt")
       VALUES (gen_random_uuid()::text, $1::uuid, $2::uuid, 'WAITING', $3, $3)`,
      [userId, concertId, now],
    );
  });

const tokensOf = (concertId: string) => db.queueToken.findMany({ where: { concertId }, orderBy: { seq: 'asc' } });

describe("the line's order lock", () => {
  test('admission waits for a join still committing, then admits it before a later joiner', async () => {
    const concert = await makeConcert(db, { activeLimit: 1 });
    const [early, late, filler] = await makeUsers(db, 3);
    const now = new Date();
    // The one slot is taken, so neither join below admits anyone by itself.
    await joinQueue(store, { userId: filler.id, concertId: concert.id }, CONFIG, now);
    const commitEarly = await joinStillCommitting(early.id, concert.id, now);
    // The later joiner is not held up by the earlier one: joins share the lock.
    const { token: later } = await store.join(late.id, concert.id, now);
    await db.queueToken.updateMany({ where: { userId: filler.id, concertId: concert.id }, data: { status: 'EXPIRED' } });

    const admitting = store.admit(concert.id, now);
    await untilSomeoneWaits(concert.id);
    await commitEarly();
    expect(await admitting).toBe(1);

    const tokens = await tokensOf(concert.id);
    const earlyToken = tokens.find((t) => t.userId === early.id)!;
    expect(earlyToken.seq).toBeLessThan(later.seq);
    expect(earlyToken.status).toBe('ACTIVE');
    expect(tokens.find((t) => t.id === later.id)!.status).toBe('WAITING');
  });

  test('a join that comes while admission runs draws its seq only after it', async () => {
    const concert = await makeConcert(db, { activeLimit: 1 });
    const [fan] = await makeUsers(db, 1);
    const now = new Date();
    const endAdmission = await openTransaction(async (client) => {
      await client.query('SELECT take_line_order($1::uuid)', [concert.id]);
    });
    const joining = store.join(fan.id, concert.id, now);
    await untilSomeoneWaits(concert.id);
    // A seq drawn now, while the join waits: the join's own must come after it.
    const { rows } = await pool.query<{ seq: string }>(`SELECT nextval(pg_get_serial_sequence('"QueueToken"', 'seq')) AS seq`);
    await endAdmission();
    const { token } = await joining;
    expect(token.seq).toBeGreaterThan(BigInt(rows[0].seq));
  });

  test('the draw waits for a join from before the opening still committing, and draws it too', async () => {
    // A day ahead: other files' ticks draw lines whose opening has passed by their clocks.
    const now = at(new Date(), 86_400);
    const concert = await concertOpeningAt(db, at(now, 10));
    const fans = await makeUsers(db, 3);
    for (const fan of fans.slice(0, 2)) await store.join(fan.id, concert.id, now);
    const commitLast = await joinStillCommitting(fans[2].id, concert.id, now);

    const drawing = store.draw(concert.id, at(now, 10));
    await untilSomeoneWaits(concert.id);
    await commitLast();
    expect(await drawing).toBe(3);
    const tokens = await tokensOf(concert.id);
    expect(tokens.map((t) => [t.seq < 0n, t.joinedPosition !== null])).toEqual([
      [true, true],
      [true, true],
      [true, true],
    ]);
  });

  test('200 joins racing the admissions they trigger: the ACTIVE are exactly the first in line', async () => {
    const concert = await makeConcert(db, { activeLimit: 20 });
    const fans = await makeUsers(db, 200);
    const now = new Date();
    await Promise.all(
      fans.map((fan) =>
        joinQueue(store, { userId: fan.id, concertId: concert.id }, CONFIG, now).then(() => store.admit(concert.id, now)),
      ),
    );
    const tokens = await tokensOf(concert.id);
    expect(tokens).toHaveLength(200);
    expect(tokens.map((t) => t.status)).toEqual([...Array(20).fill('ACTIVE'), ...Array(180).fill('WAITING')]);
  });
});
