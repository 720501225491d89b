import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { queueConfigFromEnv, type QueueConfig } from '@/lib/core/queue/queue-config';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import { db } from '@/lib/db/client';

let store: QueueStore | undefined;
let config: QueueConfig | undefined;

/** The process's queue configuration, from the environment. */
export const queueConfig = () => (config ??= queueConfigFromEnv());

/** The process's queue store: PostgreSQL today (see lib/core/queue/queue-store.ts). */
export const queueStore = () => (store ??= new PostgresQueueStore(db(), queueConfig()));
