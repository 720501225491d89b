/**
 * A scenario's capacity: the highest offered rate at which p99 stays at most 50 ms with no
 * errors. Rates are offered in rising steps (fixed rate, latency counted from when each request
 * was due), each for a few seconds, until two in a row fail (one step's p99 can be one pause of
 * the whole machine); the highest that passed is the capacity. A closed loop says how much a
 * server answers when pushed; this says how much it answers well.
 */
import { fixedRate } from './load';
import { Recorder } from './stats';

export const CAPACITY_P99_MS = 50;
const STEPS = [250, 500, 1_000, 1_500, 2_000, 3_000, 4_000, 6_000, 8_000, 12_000, 16_000, 24_000];
const STEP_MS = 4_000;

export interface CapacityResult {
  /** Requests per second; 0 if even the first step failed. */
  capacity: number;
  /** What each step saw, for the notes. */
  steps: { rate: number; p99: number; errors: number }[];
}

/**
 * Offers rising rates up to `maxRate` (a scenario may run out of fresh users). `step(rate,
 * recorder, durationMs)` sends `rate` requests per second for `durationMs` and records them; it
 * may prepare fresh data per step first.
 */
export async function findCapacity(options: {
  maxRate: number;
  connections: number;
  job: (rate: number) => Promise<(index: number) => (recorder: Recorder, dueAt: number) => Promise<void>>;
}): Promise<CapacityResult> {
  const steps: CapacityResult['steps'] = [];
  let capacity = 0;
  let failedInARow = 0;
  for (const rate of STEPS.filter((r) => r <= options.maxRate)) {
    const recorder = new Recorder();
    const jobAt = await options.job(rate);
    const { skipped, seconds } = await fixedRate({
      rate,
      durationMs: STEP_MS,
      maxBacklog: options.connections * 5,
      job: (i) => i,
      run: (i, dueAt) => jobAt(i)(recorder, dueAt),
    });
    const summary = recorder.summary(seconds);
    const errors = summary.errors + skipped;
    steps.push({ rate, p99: summary.p99, errors });
    if (summary.p99 > CAPACITY_P99_MS || errors > 0) {
      if (++failedInARow === 2) break;
      continue;
    }
    failedInARow = 0;
    capacity = rate;
  }
  return { capacity, steps };
}

export const describeCapacity = (name: string, result: CapacityResult) =>
  `${name} capacity (p99 <= ${CAPACITY_P99_MS} ms, no errors): ${result.capacity.toLocaleString('en')}/s; steps ` +
  result.steps.map((s) => `${s.rate}/s p99 ${s.p99.toFixed(0)} ms${s.errors ? ` ${s.errors} err` : ''}`).join(', ');
