/** What every scenario gets, and what it gives back: rows of the report and checked invariants. */
import type pg from 'pg';
import type { BenchOptions } from './options';
import type { BenchUser } from './seed';
import type { BenchServer } from './server';
import { Recorder, type LoadSummary } from './stats';

export interface SignedInUser extends BenchUser {
  /** The Cookie header that signs this user in. */
  cookie: string;
}

export interface BenchContext {
  options: BenchOptions;
  server: BenchServer;
  /** The benchmark's own connections: preparation, invariant checks, and the S6 floor. */
  pool: pg.Pool;
  /** CPU seconds PostgreSQL has used so far; null for a database not started here (BENCH_DATABASE_URL). */
  databaseCpuSeconds: (() => number) | null;
  /** Users with sessions; S2 puts `fillers` (no sessions) in its long line. */
  users: SignedInUser[];
  fillers: BenchUser[];
  log: (line: string) => void;
}

export interface ResultRow extends LoadSummary {
  /** A stable name for the row (targets and the JSON refer to it), e.g. "s2.large.rate". */
  key: string;
  scenario: string;
  /** Peak resident memory of the server during the phase. */
  rssMb: number;
  /** CPU the server, PostgreSQL (null when not started here) and the load generator used, in percent of one core. */
  serverCpuPct: number;
  databaseCpuPct: number | null;
  loadgenCpuPct: number;
  /** Server CPU time per request: the figure least shaken by whatever else the machine runs. */
  serverCpuMsPerRequest: number;
  /** The highest offered rate with p99 at most 50 ms and no errors (bench/lib/capacity.ts). */
  capacity?: number;
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ScenarioResult {
  rows: ResultRow[];
  checks: Check[];
  notes: string[];
}

/**
 * Runs one phase of load with a fresh recorder, watching the server's memory and CPU meanwhile.
 * `body` returns the seconds its load took.
 */
export async function measure(
  ctx: BenchContext,
  key: string,
  scenario: string,
  body: (recorder: Recorder) => Promise<number>,
): Promise<ResultRow> {
  const recorder = new Recorder();
  let peakRss = ctx.server.rssMb();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, ctx.server.rssMb())), 200);
  const serverCpu = ctx.server.cpuSeconds();
  const databaseCpu = ctx.databaseCpuSeconds?.() ?? null;
  const ownCpu = process.cpuUsage();
  let seconds: number;
  try {
    seconds = await body(recorder);
  } finally {
    clearInterval(sampler);
  }
  peakRss = Math.max(peakRss, ctx.server.rssMb());
  const own = process.cpuUsage(ownCpu);
  const serverCpuSeconds = ctx.server.cpuSeconds() - serverCpu;
  const answered = recorder.requests;
  const row: ResultRow = {
    key,
    scenario,
    ...recorder.summary(seconds),
    rssMb: peakRss,
    serverCpuPct: seconds > 0 ? (serverCpuSeconds / seconds) * 100 : 0,
    databaseCpuPct: databaseCpu === null || seconds <= 0 ? null : ((ctx.databaseCpuSeconds!() - databaseCpu) / seconds) * 100,
    serverCpuMsPerRequest: answered > 0 ? (serverCpuSeconds * 1000) / answered : 0,
    loadgenCpuPct: seconds > 0 ? ((own.user + own.system) / 1e6 / seconds) * 100 : 0,
  };
  ctx.log(
    `${scenario}: ${row.requests} requests in ${seconds.toFixed(1)} s, ${row.throughput.toFixed(0)}/s, ` +
      `p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors`,
  );
  for (const sample of row.errorSamples) ctx.log(`  unexpected: ${sample}`);
  return row;
}

export const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

/** An endless round-robin over a list. */
export function* cycle<T>(items: T[]): Iterator<T> {
  for (let i = 0; ; i = (i + 1) % items.length) yield items[i];
}

/** A shuffled copy (Fisher-Yates), so races are not decided by the order requests were listed. */
export function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
