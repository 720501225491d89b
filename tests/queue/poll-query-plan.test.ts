/**
 * Polling must stay cheap with a long line: with 100,000 WAITING tokens the poll's queries
 * (find the token, count the line ahead of it) must be index-driven. Prints the timings.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { SOMEONE_WAITS } from '@/lib/core/queue/postgres-queue-store';
import { makeConcert } from '@/lib/testing/factories';

// A database of its own: the other test files' open transactions would keep VACUUM from
// marking pages all-visible (its horizon is per database), and the plan would not be the one
// a steady production line gets.
const name = `encore_plan_${randomUUID().slice(0, 8)}`;
const serverUrl = inject('databaseUrl');
const url = serverUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
let db: Db;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${name}`);
  await migrate(url);
  db = createDb(url, 2);
});

afterAll(async () => {
  await db?.$disconnect();
  // FORCE: a backend of the closed pool may still be on its way out.
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});
const LINE = 100_000;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Heap Fetches'?: number;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function explain(sql: string, params: unknown[]) {
  const [row] = await db.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }[]>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    ...params,
  );
  return row['QUERY PLAN'][0];
}

describe(`the poll with ${LINE.toLocaleString('en')} waiting`, () => {
  test('finds the token, counts the line ahead, and tells whether anyone waits, through indexes only', async () => {
    const concert = await makeConcert(db, { activeLimit: 1 });
    // One user may hold one live token per concert, so the crowd is spread over many users.
    await db.$executeRawUnsafe(
      `INSERT INTO "User" (email, "passwordHash", name)
       SELECT 'line-' || g || '-' || $1 || '@test.encore', 'x', 'Line ' || g FROM generate_series(1, ${LINE}) g`,
      concert.id,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "QueueToken" (token, "userId", "concertId", status)
       SELECT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), id, $1::uuid, 'WAITING'
       FROM "User" WHERE email LIKE 'line-%-' || $1 || '@test.encore'`,
      concert.id,
    );
    const last = await db.queueToken.findFirstOrThrow({ where: { concertId: concert.id }, orderBy: { seq: 'desc' } });
    await db.$executeRawUnsafe('VACUUM ANALYZE "QueueToken"');

    const position = await explain(
      `SELECT count(*)::int FROM "QueueToken" WHERE "concertId" = $1::uuid AND status = 'WAITING' AND seq < $2`,
      [concert.id, last.seq],
    );
    const find = await explain(`SELECT * FROM "QueueToken" WHERE token = $1`, [last.token]);
    console.log(
      `[poll plan] ${LINE} waiting: position of the last in line ${position['Execution Time'].toFixed(2)} ms ` +
        `(${nodes(position.Plan)
          .map((n) => n['Node Type'])
          .join(' > ')}); ` +
        `token lookup ${find['Execution Time'].toFixed(3)} ms`,
    );

    // Index Only Scan when the visibility map is fresh; a plain or bitmap index scan when other
    // transactions (the rest of the suite) keep VACUUM from marking pages all-visible.
    const positionScan = nodes(position.Plan).find((n) => n['Index Name'] === 'QueueToken_waiting_line');
    expect(positionScan?.['Node Type'], JSON.stringify(position.Plan, null, 1)).toMatch(/Index/);
    expect(nodes(position.Plan).some((n) => n['Node Type'] === 'Seq Scan')).toBe(false);
    expect(nodes(find.Plan).some((n) => n['Index Name'] === 'QueueToken_token_key')).toBe(true);

    // Admission's look and the ticker ask whether anyone waits in a line. For a line nobody
    // waits in, beside this long one, an EXISTS was planned as a scan of the whole table.
    const empty = await makeConcert(db, { activeLimit: 1 });
    const waits = await explain(`SELECT ${SOMEONE_WAITS} AS waits FROM "QueueSettings" q WHERE q."concertId" = $1::uuid`, [
      empty.id,
    ]);
    expect(nodes(waits.Plan).some((n) => n['Node Type'] === 'Seq Scan')).toBe(false);
    expect(nodes(waits.Plan).some((n) => n['Index Name'] === 'QueueToken_waiting_line')).toBe(true);
  }, 120_000);
});
