/**
 * Readiness (GET /api/v1/health/ready, and /api/v1/health, its alias) against liveness
 * (/api/v1/health/live): a process on a database that lacks a migration must not be sent
 * traffic, though it is alive. The migration check is remembered for 10 s.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import * as health from '@/app/api/v1/health/route';
import * as live from '@/app/api/v1/health/live/route';
import * as ready from '@/app/api/v1/health/ready/route';
import { createDb, type Db } from '@/lib/db/client';
import { migrate, MIGRATIONS_DIR, readMigrations } from '@/lib/db/migrate';
import { checkReadiness, RECHECK_MS } from '@/lib/db/readiness';
import { freePort } from '@/lib/db/start-embedded-postgres';

// A database of its own: this file takes a migration back, which no other file may see.
const name = `readiness_${process.pid}_${Date.now()}`;
const admin = new pg.Client({ connectionString: inject('databaseUrl') });
const url = (() => {
  const parsed = new URL(inject('databaseUrl'));
  parsed.pathname = `/${name}`;
  return parsed.toString();
})();
let db: Db;
const latest = readMigrations().at(-1)!.name;

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await migrate(url);
  db = createDb(url, 2);
  // The routes use the process's client, made from DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
});

afterAll(async () => {
  vi.useRealTimers();
  await db?.$disconnect();
  const { db: processDb } = await import('@/lib/db/client');
  await processDb().$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

const call = (handler: (req: Request) => Promise<Response>, pathname: string) =>
  handler(new Request(`http://encore.test/api/v1${pathname}`));

describe('checkReadiness', () => {
  test('is ready when every migration folder is applied; not ready once a folder has no row', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'encore-migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const now = Date.now();
      expect(await checkReadiness(db, { migrationsDir: dir, now })).toEqual({ ready: true });

      mkdirSync(path.join(dir, '29991231000000_not_yet'));
      writeFileSync(path.join(dir, '29991231000000_not_yet', 'migration.sql'), 'SELECT 1;');
      // Remembered: the folder that appeared is seen only at the next check, 10 s on.
      expect(await checkReadiness(db, { migrationsDir: dir, now: now + RECHECK_MS - 1 })).toEqual({ ready: true });
      const later = await checkReadiness(db, { migrationsDir: dir, now: now + RECHECK_MS });
      expect(later).toEqual({ ready: false, detail: expect.stringContaining('29991231000000_not_yet') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('is not ready when the database does not answer', async () => {
    const nowhere = createDb(`postgresql://postgres:x@127.0.0.1:${await freePort()}/nowhere`, 2);
    try {
      expect(await checkReadiness(nowhere)).toEqual({ ready: false, detail: 'The database does not answer' });
    } finally {
      await nowhere.$disconnect();
    }
  });
});

describe('the health routes with a migration pending', () => {
  test('ready and health answer 503 with Retry-After while live answers 200; ready again after the migration', async () => {
    const target = new pg.Client({ connectionString: url });
    await target.connect();
    try {
      // As if the code were deployed before its migration ran.
      const { rows: taken } = await target.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1 RETURNING *`, [
        latest,
      ]);
      expect(taken).toHaveLength(1);

      for (const [handler, pathname] of [
        [ready.GET, '/health/ready'],
        [health.GET, '/health'],
      ] as const) {
        const answer = await call(handler, pathname);
        expect(answer.status, pathname).toBe(503);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(await answer.json()).toMatchObject({
          status: 503,
          code: 'SERVICE_UNAVAILABLE',
          detail: expect.stringContaining(latest),
        });
      }
      const alive = await call(live.GET, '/health/live');
      expect(alive.status).toBe(200);
      expect(await alive.json()).toEqual({ ok: true });

      // The migration runs (its row comes back); within 10 s the routes see it.
      const row = taken[0];
      await target.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          row.id,
          row.checksum,
          row.finished_at,
          row.migration_name,
          row.logs,
          row.rolled_back_at,
          row.started_at,
          row.applied_steps_count,
        ],
      );
      expect((await call(ready.GET, '/health/ready')).status).toBe(503);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + RECHECK_MS);
      for (const [handler, pathname] of [
        [ready.GET, '/health/ready'],
        [health.GET, '/health'],
      ] as const) {
        const answer = await call(handler, pathname);
        expect(answer.status, pathname).toBe(200);
        expect(await answer.json()).toEqual({ ok: true });
      }
    } finally {
      vi.useRealTimers();
      await target.end();
    }
  });
});
