/**
 * Whether this process should be sent traffic (GET /api/v1/health/ready): the database answers
 * now, and every migration in prisma/migrations has been applied to it. A process started on
 * code newer than its database (a migration not yet run) would fail on the new columns.
 *
 * The database is asked on every call (that is the point of the probe); the migration check
 * is remembered for RECHECK_MS, since it changes only when someone migrates.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './client';

export const RECHECK_MS = 10_000;

export type Readiness = { ready: true } | { ready: false; detail: string };

interface MigrationCheck {
  checkedAt: number;
  pending: string[];
}

// Per client and migrations directory (tests use their own); on globalThis because Next.js
// may bundle this module more than once.
const globalForReadiness = globalThis as unknown as { encoreMigrationChecks?: WeakMap<Db, Map<string, MigrationCheck>> };
const checks = (globalForReadiness.encoreMigrationChecks ??= new WeakMap());

/**
 * The app runs from the project's directory (npm start, Next.js's `dir`). Not migrate.ts's
 * MIGRATIONS_DIR: that one comes from import.meta.dirname, which a Next.js bundle lacks.
 */
const migrationsDir = () => path.join(process.cwd(), 'prisma', 'migrations');

export async function checkReadiness(db: Db, options: { migrationsDir?: string; now?: number } = {}): Promise<Readiness> {
  const now = options.now ?? Date.now();
  const dir = options.migrationsDir ?? migrationsDir();
  try {
    await db.$queryRaw`SELECT 1`;
    const byDir = checks.get(db) ?? new Map<string, MigrationCheck>();
    checks.set(db, byDir);
    let check = byDir.get(dir);
    if (!check || now - check.checkedAt >= RECHECK_MS) {
      check = { checkedAt: now, pending: await pendingMigrations(db, dir) };
      byDir.set(dir, check);
    }
    if (check.pending.length > 0) {
      return { ready: false, detail: `The database is missing migration ${check.pending.join(', ')}: run the migrations` };
    }
    return { ready: true };
  } catch {
    return { ready: false, detail: 'The database does not answer' };
  }
}

/** The migrations in `dir` that the database has not applied (Prisma's own bookkeeping table). */
async function pendingMigrations(db: Db, dir: string): Promise<string[]> {
  const [{ present }] = await db.$queryRaw<
    { present: boolean }[]
  >`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`;
  const applied = present
    ? await db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
    : [];
  const done = new Set(applied.map((row) => row.migration_name));
  // The same folders migrate.ts applies: those that hold a migration.sql.
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .filter((name) => !done.has(name))
    .sort();
}
