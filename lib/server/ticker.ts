/**
 * The background ticker every app instance runs: it times out queue tokens and admits the
 * next in line within about a second with no request needed, and sweeps what has expired.
 * Each job is safe on many instances at once; the sweeps are tidiness, never correctness.
 */
import { sweepExpiredHolds } from '@/lib/core/booking/sweep-expired-holds';
import { sweepIdempotencyKeys } from '@/lib/core/idempotency/idempotency';
import { runQueueTick } from '@/lib/core/queue/run-queue-tick';
import { sweepRateLimitBuckets } from '@/lib/core/rate-limit/rate-limiter';
import { db } from '@/lib/db/client';
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
];

const globalForTicker = globalThis as unknown as { encoreTicker?: boolean };

export function startTicker() {
  if (globalForTicker.encoreTicker) return;
  globalForTicker.encoreTicker = true;
  for (const job of JOBS) schedule(job);
}

function schedule(job: Job) {
  let lastError = 0;
  const beat = async () => {
    try {
      await job.run(new Date());
    } catch (error) {
      // A database blip must not stop the ticker, nor flood the log.
      if (Date.now() - lastError > 30_000) {
        lastError = Date.now();
        console.error(JSON.stringify({ level: 'error', job: job.name, error: String(error) }));
      }
    } finally {
      setTimeout(beat, job.everyMs).unref();
    }
  };
  setTimeout(beat, job.everyMs).unref();
}
