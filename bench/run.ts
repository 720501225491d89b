/**
 * `npm run bench`: the flash crowd, measured. Builds the app if the build is stale, starts a
 * fresh embedded PostgreSQL (or uses BENCH_DATABASE_URL) and the production server, prepares
 * users and lines directly in the database, runs the scenarios with a load generator over
 * loopback, checks the invariants after each, prints the table and the targets, and writes the
 * figures to bench/results/<timestamp>.json. Everything it starts, it stops, also on Ctrl-C.
 * See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '@/lib/db/migrate';
import { startEmbeddedPostgres } from '@/lib/db/start-embedded-postgres';
import { buildIfStale } from './lib/build';
import { holdBuildLock } from './lib/build-lock';
import type { BenchContext, Check, ResultRow, ScenarioResult, SignedInUser } from './lib/context';
import { parseOptions, usage, type BenchOptions, type ScenarioId } from './lib/options';
import { evaluateTargets, printReport, writeResults } from './lib/report';
import { createUsers } from './lib/seed';
import { startServer, tail, treeCpuSeconds } from './lib/server';
import { sessionCookie } from './lib/sessions';
import { warmUp } from './lib/warm-up';
import { joinStorm } from './scenarios/s1-join-storm';
import { polling } from './scenarios/s2-polling';
import { seatContention } from './scenarios/s3-seat-contention';
import { purchaseFlow } from './scenarios/s4-purchase-flow';
import { chargeStorm } from './scenarios/s5-charge-storm';
import { floor } from './scenarios/s6-floor';
import { ceiling } from './scenarios/ceiling';

const SCENARIO_RUNNERS: Record<ScenarioId, (ctx: BenchContext) => Promise<ScenarioResult>> = {
  s1: joinStorm,
  s2: polling,
  s3: seatContention,
  s4: purchaseFlow,
  s5: chargeStorm,
  s6: floor,
};
const WARM_UP_USERS = 20;

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`[bench] ${line}`);

if (process.argv.includes('--help')) {
  console.log(usage());
  process.exit(0);
}
let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// Stopped in reverse order of starting, once, however the run ends.
const stops: (() => Promise<void>)[] = [];
let stopping: Promise<void> | undefined;
const stopAll = () =>
  (stopping ??= (async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(`[bench] while stopping: ${error}`));
  })());
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    if (stopping) return;
    log(`${signal}: stopping the server and PostgreSQL`);
    void stopAll().then(() => process.exit(code));
  });
}

let exitCode = 0;
try {
  exitCode = await main(options);
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);

async function main(options: BenchOptions): Promise<number> {
  const loadBefore = os.loadavg();
  stops.push(await holdBuildLock(log));
  buildIfStale(root, log);

  const workDir = mkdtempSync(path.join(os.tmpdir(), 'encore-bench-'));
  chmodSync(workDir, 0o755);
  stops.push(async () => rmSync(workDir, { recursive: true, force: true }));
  let databaseUrl = options.databaseUrl;
  let databaseCpuSeconds: (() => number) | null = null;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'data'), log });
    stops.push(embedded.stop);
    databaseUrl = embedded.url;
    databaseCpuSeconds = () => treeCpuSeconds(embedded.pid);
  }
  await migrate(databaseUrl, log);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  stops.push(() => pool.end());

  const authSecret = randomBytes(32).toString('base64url');
  const workers = options.workers || os.availableParallelism();
  const server = await startServer({
    root,
    databaseUrl,
    authSecret,
    poolSize: options.pool,
    workers,
    logFile: path.join(workDir, 'server.log'),
  });
  stops.push(server.stop);
  log(`server PID ${server.pid} on ${server.baseUrl}, ${workers} worker(s)`);

  const ctx = await prepare(options, pool, server, authSecret, databaseCpuSeconds);
  await warmUp(ctx, ctx.users.slice(-WARM_UP_USERS));

  log('measuring the ceiling (a bare node:http server)...');
  const rows: ResultRow[] = [await ceiling(ctx, workers, root)];
  const checks: Check[] = [];
  const notes: string[] = [];
  for (const id of options.only) {
    log(`running ${id.toUpperCase()}...`);
    const result = await SCENARIO_RUNNERS[id](ctx);
    rows.push(...result.rows);
    checks.push(...result.checks);
    notes.push(...result.notes);
    for (const failed of result.checks.filter((c) => !c.ok)) log(`INVARIANT BROKEN: ${failed.name}: ${failed.detail}`);
  }

  const targets = evaluateTargets(rows, checks);
  printReport(rows, checks, targets, notes);
  const file = writeResults(path.join(root, 'bench', 'results'), {
    startedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryMb: Math.round(os.totalmem() / 2 ** 20),
      loadAverageBefore: loadBefore,
      node: process.version,
    },
    options,
    rows,
    checks,
    targets,
    notes,
  });
  log(`figures written to ${path.relative(root, file)}`);
  const serverErrors = tail(server.logFile, 200)
    .split('\n')
    .filter((line) => line.includes('"level":"error"'));
  if (serverErrors.length) log(`the server logged ${serverErrors.length} errors, e.g. ${serverErrors[0].slice(0, 300)}`);
  return checks.every((c) => c.ok) ? 0 : 1;
}

/** Users for every scenario chosen (with sessions), and session-less fillers for the long lines. */
async function prepare(
  options: BenchOptions,
  pool: pg.Pool,
  server: BenchContext['server'],
  authSecret: string,
  databaseCpuSeconds: BenchContext['databaseCpuSeconds'],
): Promise<BenchContext> {
  const chosen = new Set(options.only);
  const needs = [
    chosen.has('s1') ? options.users : 0,
    chosen.has('s2') || chosen.has('s6') ? options.waiting : 0,
    chosen.has('s3') || chosen.has('s6') ? options.contenders : 0,
    chosen.has('s4') ? options.contenders + options.purchases : 0,
    chosen.has('s5') ? 1_000 : 0,
  ];
  const label = `run${Date.now().toString(36)}`;
  const started = performance.now();
  const people = await createUsers(pool, Math.max(...needs) + WARM_UP_USERS, label);
  const fillers =
    chosen.has('s2') || chosen.has('s6')
      ? await createUsers(pool, options['waiting-large'] - options.waiting, `${label}-filler`)
      : [];
  const users: SignedInUser[] = [];
  for (let i = 0; i < people.length; i += 500) {
    const batch = people.slice(i, i + 500);
    const cookies = await Promise.all(batch.map((user) => sessionCookie(user, authSecret)));
    users.push(...batch.map((user, j) => ({ ...user, cookie: cookies[j] })));
  }
  log(
    `${users.length} users with sessions and ${fillers.length} more without, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { options, server, pool, databaseCpuSeconds, users, fillers, log };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
