/**
 * The background ticker: it times out queue tokens and admits the next in line within about a
 * second with no request needed, and sweeps what has expired. Every app process runs one, but
 * only the leader (leader.ts: one per database) does the work, so a hundred processes cost the
 * database what one does. Each job would still be safe on many at once: admission is
 * serialised per concert in the store, and the sweeps are tidiness, never correctness.
 */
import { sweepRevokedSessions } from '@/lib/auth/revocations';
import { env } from '@/lib/config/env';
import { sweepExpiredHolds } from '@/lib/core/booking/sweep-expired-holds';
import { sweepIdempotencyKeys } from '@/lib/core/idempotency/idempotency';
import { runQueueTick } from '@/lib/core/queue/run-queue-tick';
import { sweepRateLimitBuckets } from '@/lib/core/rate-limit/rate-limiter';
import { db } from '@/lib/db/client';
import { errorFields, log } from '@/lib/log/logger';
import { LeaderLease } from './leader';
import { metrics } from './metrics';
import { queueStore } from './queue';

interface Job {
  name: string;
  everyMs: number;
  run: (now: Date) => Promise<unknown>;
}

const JOBS: Job[] = [
  { name: 'queue', everyMs: 500, run: (now) => runQueueTick(queueStore(), now) },
  { name: 'expired-holds', everyMs: 5_000, run: (now) => sweepExpiredHolds(db(), now) },
  { name: 'idempotency-keys', everyMs: 10 * 60_000, run: (now) => sweepIdempotencyKeys(db(), now) },
  { name: 'rate-limit-buckets', everyMs: 10 * 60_000, run: (now) => sweepRateLimitBuckets(db(), now) },
  { name: 'revoked-sessions', everyMs: 10 * 60_000, run: (now) => sweepRevokedSessions(db(), now) },
];

const globalForTicker = globalThis as unknown as { encoreTicker?: LeaderLease };

/** Starts this process's ticker (once); its lease says whether this process leads. */
export function startTicker(): LeaderLease {
  if (globalForTicker.encoreTicker) return globalForTicker.encoreTicker;
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the ticker needs the database');
  const lease = new LeaderLease(url, {
    onChange: (leader) => {
      metrics().tickerLeader.set(leader ? 1 : 0);
      log().info(leader ? 'ticker leader: this process' : 'ticker leader: lost');
    },
  });
  globalForTicker.encoreTicker = lease;
  lease.start();
  for (const job of JOBS) schedule(job, lease);
  return lease;
}

/** Stops leading (freeing the lock for another process at once) and stops the jobs. */
export async function stopTicker() {
  await globalForTicker.encoreTicker?.stop();
}

function schedule(job: Job, lease: LeaderLease) {
  let lastError = 0;
  const beat = async () => {
    try {
      if (lease.isLeader) {
        metrics().tickerRuns.inc({ job: job.name });
        await job.run(new Date());
      }
    } catch (error) {
      // A database blip must not stop the ticker, nor flood the log.
      if (Date.now() - lastError > 30_000) {
        lastError = Date.now();
        log().error({ job: job.name, error: errorFields(error) }, 'ticker job failed');
      }
    } finally {
      setTimeout(beat, job.everyMs).unref();
    }
  };
  setTimeout(beat, job.everyMs).unref();
}
