import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';

export type Db = PrismaClient;
/** A database handle usable inside or outside a transaction. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createDb(connectionString: string, max = 20): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForDb = globalThis as unknown as { encoreDb?: Db };

/** The process's Prisma client, made on first use (one per process, also across hot reloads). */
export function db(): Db {
  if (!globalForDb.encoreDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or `npm start`');
    globalForDb.encoreDb = createDb(url, Number(process.env.DATABASE_POOL_SIZE ?? 20));
  }
  return globalForDb.encoreDb;
}
