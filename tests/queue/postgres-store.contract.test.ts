import { CachedQueueStore } from '@/lib/core/queue/cached-queue-store';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { openTestDb } from '@/lib/testing/test-db';
import { describeQueueStoreContract } from './store-contract';

const db = openTestDb(30);

describeQueueStoreContract('PostgresQueueStore', db, (db, config) => new PostgresQueueStore(db, config));

// With no lag (maxAgeMs 0): what may lag, and by how much, is in cached-queue-store.test.ts.
describeQueueStoreContract(
  'CachedQueueStore over PostgresQueueStore',
  db,
  (db, config) => new CachedQueueStore(new PostgresQueueStore(db, config), { maxAgeMs: 0, exactWithin: 2 }),
);
