import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { env } from '@/lib/config/env';
import { PrismaClient } from './generated/client.ts';

export type Db = PrismaClient;
/** A database handle usable inside or outside a transaction. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

// On globalThis: Next.js bundles this module more than once (routes, instrumentation), and a
// client made by one copy is looked up by another.
const globalForPools = globalThis as unknown as { encorePools?: WeakMap<Db, pg.Pool> };
const pools = (globalForPools.encorePools ??= new WeakMap<Db, pg.Pool>());

/** A Prisma client over a pg pool of `max` connections, which its $disconnect ends. */
export function createDb(connectionString: string, max = 20): Db {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  // An idle connection that PostgreSQL cut (a restart, a crash) is reported here; unhandled, it
  // would end the process. The pool drops it and opens a new one on the next query.
  pool.on('error', () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * The pg pool beneath a Prisma client, for the few hottest statements (a poll's, a join's):
 * over pg a statement costs a fraction of the client CPU it costs through Prisma
 * (bench/README.md). Same connections, so no second pool to size.
 */
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('This Prisma client was not made by createDb');
  return pool;
}

const globalForDb = globalThis as unknown as { encoreDb?: Db };

/** The process's Prisma client, made on first use (one per process, also across hot reloads). */
export function db(): Db {
  if (!globalForDb.encoreDb) {
    const { DATABASE_URL: url, DATABASE_POOL_SIZE } = env();
    if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`');
    globalForDb.encoreDb = createDb(url, DATABASE_POOL_SIZE);
  }
  return globalForDb.encoreDb;
}
