import { env } from '@/lib/config/env';
import { CachedQueueStore } from '@/lib/core/queue/cached-queue-store';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { queueConfigFromEnv, type QueueConfig } from '@/lib/core/queue/queue-config';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import { db } from '@/lib/db/client';
import { errorFields, log } from '@/lib/log/logger';
import { metrics } from './metrics';

let store: QueueStore | undefined;
let config: QueueConfig | undefined;

/** The process's queue configuration, from the environment. */
export const queueConfig = () => (config ??= queueConfigFromEnv(env()));

/**
 * The process's queue store: PostgreSQL (see lib/core/queue/queue-store.ts), with what polls
 * read (the token, its place in line, the pace) answered from per-instance snapshots refreshed
 * every half second, so a poll's answer is at most about a second old (decisions 005 and 007),
 * and the polls' lastSeenAt writes gathered for 200 ms into one statement.
 */
export const queueStore = () =>
  (store ??= new CachedQueueStore(
    countingAdmissions(new PostgresQueueStore(db(), queueConfig(), { touchBatchMs: 200, onTouchError })),
    { maxAgeMs: 500, exactWithin: 100 },
  ));

/** A database blip drops one batch of touches (those polls write again next time): said once. */
const onTouchError = (error: unknown) =>
  log().error({ job: 'queue-touch-batch', error: errorFields(error) }, 'poll touches not written');

/**
 * Every admission goes through the store's admit(), the ticker's and a join's alike: counted
 * here (encore_queue_admissions_total), so lib/core knows nothing of metrics. Counted beneath the
 * cache, which lets callers share one admission: each admission is counted once.
 */
function countingAdmissions<S extends QueueStore>(inner: S): S {
  const admit = inner.admit.bind(inner);
  inner.admit = async (concertId, now) => {
    const admitted = await admit(concertId, now);
    if (admitted > 0) metrics().admissions.inc({ concert_id: concertId }, admitted);
    return admitted;
  };
  return inner;
}
