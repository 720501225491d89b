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
 * The process's queue store: PostgreSQL (see lib/core/queue/queue-store.ts), with what polls
 * read (the token, its place in line, the pace) answered from per-instance snapshots refreshed
 * every half second, so a poll's answer is at most about a second old (decisions 005 and 006),
 * and the polls' lastSeenAt writes gathered for 200 ms into one statement.
 */
export const queueStore = () =>
  (store ??= new CachedQueueStore(new PostgresQueueStore(db(), queueConfig(), { touchBatchMs: 200 }), {
    maxAgeMs: 500,
    exactWithin: 100,
  }));
