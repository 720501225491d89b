/**
 * `npm run dev` and `npm start`: prepare the database (embedded PostgreSQL when DATABASE_URL is
 * unset), migrate, seed an empty database, make sure the admin exists, then run the app's
 * workers (scripts/worker.ts, one per core in production) on one port, replace any that dies,
 * and stop everything cleanly on Ctrl-C or SIGTERM.
 */
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { configOrExit, parseEnv } from '@/lib/config/env';
import { ensureAdmin } from '@/lib/core/accounts/ensure-admin';
import { createDb } from '@/lib/db/client';
import { serveClusterMetrics } from '@/lib/server/cluster-metrics';
import { DEMO_USER, isEmpty, seedDemoData } from '@/prisma/seed';
import { prepareDatabase } from './prepare-database';
import { WorkerSupervisor } from './worker-supervisor';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const log = (line: string) => console.log(`[encore] ${line}`);
const DEV_ADMIN = { email: 'admin@encore.test', password: 'backstage-key-2027' };

if (existsSync('.env')) process.loadEnvFile('.env');
process.env.NEXT_TELEMETRY_DISABLED = '1';

// The one schema (lib/config/env.ts): a bad value stops start-up here, naming the variable.
// AUTH_SECRET may still be missing: it is generated below for a local database.
const config = configOrExit(() => parseEnv());

const database = await prepareDatabase(config, log).catch((error) => {
  console.error(`[encore] could not prepare the database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

const db = createDb(database.url, 2);
try {
  if (config.SEED_DEMO && (await isEmpty(db))) {
    await seedDemoData(db, { now: new Date(), activeLimit: config.QUEUE_ACTIVE_LIMIT });
    log(`filled the empty database with demo concerts; demo user: ${DEMO_USER.email} / ${DEMO_USER.password}`);
  }
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await ensureAdmin(db, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
    log(`admin account: ${config.ADMIN_EMAIL}`);
  } else if (mode === 'dev') {
    await ensureAdmin(db, DEV_ADMIN.email, DEV_ADMIN.password);
    log(`development admin: ${DEV_ADMIN.email} / ${DEV_ADMIN.password} (set ADMIN_EMAIL and ADMIN_PASSWORD to choose)`);
  }
} finally {
  await db.$disconnect();
}

const authSecret = config.AUTH_SECRET ?? localAuthSecret();
const port = String(config.PORT);
// Development compiles on the fly and reloads: one worker. Production: one per core.
const workers = mode === 'dev' ? 1 : config.WEB_CONCURRENCY || availableParallelism();
// V8 sizes its heap from the machine's memory and lets garbage pile up to match, and a worker's
// live heap is far smaller: capped, the old space and the young generation stay near what the
// worker uses, at no cost measured in throughput (bench/README.md). Development compiles on the
// fly and needs more; NODE_OPTIONS can choose other sizes.
const heapCap =
  mode === 'start' && !/max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')
    ? ['--max-old-space-size=192', '--max-semi-space-size=4']
    : [];
cluster.setupPrimary({
  exec: path.join(import.meta.dirname, 'worker.ts'),
  execArgv: [...process.execArgv, ...heapCap],
});
const workerEnv = {
  DATABASE_URL: database.url,
  AUTH_SECRET: authSecret,
  NEXTAUTH_SECRET: authSecret,
  NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NODE_ENV: mode === 'start' ? 'production' : 'development',
  // glibc gives every thread that allocates its own malloc arena; two keep a worker's memory
  // near what it uses, at no cost measured in throughput (bench/README.md).
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  // glibc raises its mmap threshold each time a mapped block is freed, up to 32 MB, so that
  // later large blocks come from the arenas, which keep most of what is freed. Fixed at 128 KB,
  // a block that large is mapped and handed back when freed, and a worker's peak memory stays
  // nearer what it uses (figures: bench/README.md, fix 25).
  MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
};
if (mode === 'start' && database.embedded) {
  log('no DATABASE_URL: running on the embedded PostgreSQL, a single-machine setup (see docs/deploy.md for more)');
}

// GET /metrics on any worker answers for all of them (lib/server/cluster-metrics.ts).
serveClusterMetrics();
const supervisor = new WorkerSupervisor({ workers, env: workerEnv, log, onGiveUp: () => void shutdown(1) });
supervisor.start();
log(
  `serving on http://localhost:${port} with ${workers} worker${workers === 1 ? '' : 's'} (${mode === 'start' ? 'production build' : 'development'})`,
);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await supervisor.stop();
  await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// Without its database the app cannot serve: exit non-zero so whatever supervises us can act.
void database.exited.then((code) => {
  if (stopping) return;
  log(`the embedded PostgreSQL ended (code ${code}) and could not be restarted: stopping`);
  void shutdown(1);
});

/**
 * Without AUTH_SECRET, a secret is generated once and kept in DATA_DIR, so sessions survive a
 * restart. Only for a local database: a shared deployment must set AUTH_SECRET, or every
 * instance would sign sessions with its own secret.
 */
function localAuthSecret(): string {
  if (!database.embedded && mode === 'start') {
    console.error('[encore] AUTH_SECRET must be set when DATABASE_URL points at a shared database');
    process.exit(1);
  }
  const file = path.join(path.resolve(config.DATA_DIR), 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
