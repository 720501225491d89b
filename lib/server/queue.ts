import { CachedQueueStore } from '@/lib/core/queue/cached-queue-store';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { queueConfigFromEnv, type QueueConfig } from '@/lib/core/queue/queue-config';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import { db } from '@/lib/db/client';

let store: QueueStore | undefined;
let config: QueueConfig | undefined;

/** The process's queue configuration, from the environment. */
export const queueConfig = () => (config ??= queueConfigFromEnv());

/**
 * The process's queue store: PostgreSQL (see lib/core/queue/queue-store.ts), with the places
 * in line that polls read answered from a snapshot at most a second old (decision 005), and
 * the polls' lastSeenAt writes gathered for 200 ms into one statement.
 */
export const queueStore = () =>
  (store ??= new CachedQueueStore(new PostgresQueueStore(db(), queueConfig(), { touchBatchMs: 200 }), {
    maxAgeMs: 1_000,
    exactWithin: 100,
  }));
