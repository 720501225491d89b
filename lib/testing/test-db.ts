import { afterAll, inject } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';

/** A Prisma client on the test run's database, closed after the file. */
export function openTestDb(poolSize = 30): Db {
  const db = createDb(inject('databaseUrl'), poolSize);
  afterAll(() => db.$disconnect());
  return db;
}
