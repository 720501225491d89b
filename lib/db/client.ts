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
  // Connections are kept once opened (min = max): by default pg closes one idle for 10 s, and a
  // sale's crowd comes after a quiet spell, when each new connection's authentication and
  // backend start would fall on the first requests of the rush (bench/README.md, S3).
  const pool = new pg.Pool({ connectionString, max, min: max, connectionTimeoutMillis: 5_000 });
  // An idle connection that PostgreSQL cut (a restart, a crash) is reported here; unhandled, it
  // would end the process. The pool drops it and opens a new one on the next query.
  pool.on('error', () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * Opens the pool's connections now, all at once, and keeps them (createDb keeps what it opens).
 * A worker does this as it starts: otherwise the first requests of a rush pay for opening them,
 * a backend start and a password exchange each (bench/README.md, S3). A database that cannot
 * be reached now is not an error here: the pool opens connections as requests need them.
 */
export async function warmPool(db: Db): Promise<number> {
  const pool = poolOf(db);
  const opened = await Promise.allSettled(Array.from({ length: pool.options.max }, () => pool.connect()));
  let count = 0;
  for (const result of opened) {
    if (result.status === 'fulfilled') {
      result.value.release();
      count++;
    }
  }
  return count;
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
