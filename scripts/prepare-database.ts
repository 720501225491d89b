import path from 'node:path';
import type { Env } from '@/lib/config/env';
import { migrate } from '@/lib/db/migrate';
import { startEmbeddedPostgres } from '@/lib/db/start-embedded-postgres';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  /** The embedded PostgreSQL's end (never, for DATABASE_URL): the app cannot go on without it. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * The database the app will use: DATABASE_URL when set, otherwise an embedded PostgreSQL in
 * DATA_DIR. Either way, migrated before anything else touches it.
 */
export async function prepareDatabase(config: Env, log: (line: string) => void): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (config.DATABASE_URL) {
    prepared = { url: config.DATABASE_URL, embedded: false, exited: new Promise(() => {}), stop: async () => {} };
  } else {
    const dataDir = path.resolve(config.DATA_DIR);
    log(`DATABASE_URL is not set: starting the embedded PostgreSQL in ${dataDir}`);
    const pg = await startEmbeddedPostgres({ dataDir, log });
    prepared = { url: pg.url, embedded: true, exited: pg.exited, stop: pg.stop };
  }
  try {
    const applied = await migrate(prepared.url, log);
    if (applied.length === 0) log('database schema is up to date');
  } catch (error) {
    await prepared.stop();
    throw error;
  }
  return prepared;
}
