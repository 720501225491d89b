/**
 * `npm run chaos`: crash-only, checked. Starts the production server as `npm start` does (two
 * workers, a fresh embedded PostgreSQL), lets a crowd of buyers shop (join the line, wait to be
 * admitted, list dates and seats, hold a seat, charge the wallet, pay; Idempotency-Keys on the
 * money), and meanwhile kills at random moments an app worker, the supervisor (restarted
 * here, as an orchestrator would), or PostgreSQL's postmaster (restarted by its wrapper).
 * After each recovery, and at the end, it checks in SQL and over HTTP:
 *
 *   - no seat sold twice, and a seat is SOLD exactly when a CONFIRMED reservation holds it;
 *   - every balance equals its ledger's sum and none is negative;
 *   - never more than activeLimit unexpired ACTIVE tokens per concert (also sampled every 2 s);
 *   - every acknowledged charge and payment is still there, as acknowledged;
 *   - re-sending an acknowledged request with its key answers exactly the same.
 *
 * Any 5xx but 503, and any violation, makes it exit 1. Loopback only; bounded in time
 * (--seconds, default 60) and kills (--kills, default 10). Options: --buyers (40), --seed.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';
import { holdBuildLock } from '@/bench/lib/build-lock';
import { freePort } from '@/lib/db/start-embedded-postgres';
import {
  ConnectionError,
  get,
  makeDataDir,
  request,
  signal,
  signIn,
  sleep,
  startServer,
  waitFor,
  type Answer,
  type CookieJar,
  type RunningServer,
} from '@/tests/system/support/server';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    kills: { type: 'string', default: '10' },
    buyers: { type: 'string', default: '40' },
    seed: { type: 'string' },
  },
});
const SECONDS = Math.min(600, Math.max(10, Number(args.seconds)));
const KILLS = Math.min(50, Math.max(1, Number(args.kills)));
const BUYERS = Math.min(200, Math.max(1, Number(args.buyers)));
const SEED = Number(args.seed ?? Math.floor(Math.random() * 2 ** 31));
const ACTIVE_LIMIT = 10;
const ADMIN = { email: 'chaos-admin@encore.test', password: 'chaos-lantern-backstage-91' };

// A seeded generator (mulberry32), so --seed repeats a run's plan of kills.
let rngState = SEED;
function random() {
  rngState = (rngState + 0x6d2b79f5) | 0;
  let t = rngState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];

const started = Date.now();
const clock = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (line: string) => console.log(`[chaos ${clock()}] ${line}`);

// ---- the server, restarted when it is gone ----------------------------------------------

// The production build in .next must not change under the servers this run starts and restarts.
const releaseBuildLock = await holdBuildLock((line) => say(line));
if (!existsSync(path.join(import.meta.dirname, '..', '.next', 'BUILD_ID'))) {
  console.error('[chaos] no production build in .next: run `npm run build` first');
  await releaseBuildLock();
  process.exit(1);
}
const runStarted = Date.now();
const dataDir = makeDataDir();
const port = await freePort();
const serverEnv = {
  SEED_DEMO: 'false',
  QUEUE_ACTIVE_LIMIT: String(ACTIVE_LIMIT),
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
};
const serverLog: string[] = [];
say(`seed ${SEED}: ${BUYERS} buyers, ${SECONDS} s, ${KILLS} kills, activeLimit ${ACTIVE_LIMIT}; DATA_DIR ${dataDir}`);
let server: RunningServer = await boot();
const baseUrl = server.baseUrl;

async function boot(): Promise<RunningServer> {
  const next = await startServer({ workers: 2, dataDir, port, env: serverEnv, echo: (line) => serverLog.push(line) });
  say(
    `server up: launcher ${next.pid}, supervisor ${next.supervisorPid()}, workers ${next.workerPids().join(' ')}, postmaster ${next.postmasterPid()}`,
  );
  return next;
}

/** After the supervisor died or gave up: wait for what it started to end, then start again. */
async function restart(reason: string): Promise<number> {
  const at = Date.now();
  await server.waitForExit(15_000);
  try {
    await waitFor(
      'the old processes to end',
      () => server.groupProcesses().length === 0 && server.postgresProcesses().length === 0,
      {
        timeoutMs: 20_000,
      },
    );
  } catch {
    violations.push(`after ${reason}: processes of the old server still ran 20 s later: ${server.groupProcesses().join(' ')}`);
    await server.stop({ keepDataDir: true });
  }
  server = await boot();
  return Date.now() - at;
}

// ---- HTTP with retries ------------------------------------------------------------------

const counts: Record<string, number> = {};
const count = (name: string, by = 1) => (counts[name] = (counts[name] ?? 0) + by);
const violations: string[] = [];

interface Buyer {
  index: number;
  userId: string;
  cookies: CookieJar;
  agent: http.Agent;
}

/**
 * One logical request: retried (same key, same body) while the server is unreachable or
 * answers 503, for up to 60 s. Answers anything else.
 */
async function call(
  buyer: Buyer | null,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const deadline = Date.now() + 60_000;
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await request(baseUrl, path, {
        method,
        body: options.body,
        headers: options.headers,
        cookies: buyer?.cookies,
        agent: buyer?.agent,
        timeoutMs: 15_000,
      });
      count('requests');
      if (answer.status !== 503) {
        if (answer.status >= 500) violations.push(`${method} ${path} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
        return answer;
      }
      count('answered 503 (retried)');
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error;
      count(`connection error ${error.code} (retried)`);
    }
    if (Date.now() > deadline) throw new Error(`${method} ${path}: no answer for 60 s`);
    await sleep(Math.min(1_000, 100 * 2 ** Math.min(attempt, 4)));
  }
}

// ---- what buyers were told --------------------------------------------------------------

interface Ack {
  kind: 'charge' | 'payment';
  buyer: Buyer;
  path: string;
  key: string;
  body: unknown;
  headers: Record<string, string>;
  status: number;
  answer: unknown;
}
const acks: Ack[] = [];

let running = true;
let concertId = '';

async function buyerLoop(buyer: Buyer) {
  while (running) {
    try {
      await buyOnce(buyer);
    } catch (error) {
      count('buyer cycles abandoned');
      say(`buyer ${buyer.index}: ${(error as Error).message}`);
    }
  }
}

async function buyOnce(buyer: Buyer) {
  const joined = await call(buyer, 'POST', '/api/v1/queue/tokens', { body: { concertId } });
  count('joins');
  if (joined.status !== 200 && joined.status !== 201) return void count(`join answered ${joined.status}`);
  let ticket = joined.body as { token: string; status: string; pollAfterMs: number };
  const token = { 'x-queue-token': ticket.token };
  while (ticket.status !== 'ACTIVE') {
    if (!running) return;
    await sleep(Math.min(1_000, Math.max(200, ticket.pollAfterMs)));
    const polled = await call(buyer, 'GET', '/api/v1/queue/tokens/current', { headers: token });
    count('polls');
    if (polled.status !== 200) return void count(`poll answered ${polled.status}`);
    ticket = polled.body as typeof ticket;
  }
  count('admitted');
  for (let tries = 0; tries < 5 && running; tries++) {
    const dates = await call(buyer, 'GET', `/api/v1/concerts/${concertId}/schedules`, { headers: token });
    count('date lists');
    if (dates.status !== 200) return void count(`dates answered ${dates.status}`);
    const open = (dates.body as { id: string; availableSeats: number }[]).filter((d) => d.availableSeats > 0);
    if (open.length === 0) return void count('sold out');
    const seats = await call(buyer, 'GET', `/api/v1/schedules/${pick(open).id}/seats`, { headers: token });
    count('seat maps');
    if (seats.status !== 200) return void count(`seats answered ${seats.status}`);
    const free = (seats.body as { id: string; status: string; price: number }[]).filter((s) => s.status === 'AVAILABLE');
    if (free.length === 0) continue;
    const seat = pick(free);
    const held = await call(buyer, 'POST', '/api/v1/reservations', { body: { seatId: seat.id }, headers: token });
    if (held.status === 409) {
      count('holds refused (taken)');
      continue;
    }
    if (held.status !== 201) return void count(`hold answered ${held.status}`);
    count('holds');
    const reservation = held.body as { id: string; price: number };

    const charge = await idempotent(buyer, 'charge', '/api/v1/wallet/charges', { amount: reservation.price }, {});
    if (charge.status !== 201) return void count(`charge answered ${charge.status}`);
    const paid = await idempotent(buyer, 'payment', '/api/v1/payments', { reservationIds: [reservation.id] }, token);
    if (paid.status !== 201) return void count(`payment answered ${paid.status}`);
    return;
  }
}

async function idempotent(buyer: Buyer, kind: Ack['kind'], path: string, body: unknown, extra: Record<string, string>) {
  const key = randomUUID();
  const headers = { ...extra, 'idempotency-key': key };
  const answer = await call(buyer, 'POST', path, { body, headers });
  if (answer.status === 201) {
    count(kind === 'charge' ? 'charges acknowledged' : 'payments acknowledged');
    if (answer.headers['idempotent-replayed'] === 'true') count(`${kind}s answered by a replay after a retry`);
    acks.push({ kind, buyer, path, key, body, headers, status: answer.status, answer: answer.body });
  }
  return answer;
}

// ---- the invariants ---------------------------------------------------------------------

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.databaseUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function activeOverLimit(): Promise<string[]> {
  const rows = await sql<{ concertId: string; active: number; activeLimit: number }>(`
    SELECT t."concertId", count(*)::int AS active, s."activeLimit"
    FROM "QueueToken" t JOIN "QueueSettings" s ON s."concertId" = t."concertId"
    WHERE t.status = 'ACTIVE' AND t."activeUntil" > now()
    GROUP BY t."concertId", s."activeLimit" HAVING count(*) > s."activeLimit"`);
  return rows.map((r) => `concert ${r.concertId} has ${r.active} ACTIVE tokens, over its limit of ${r.activeLimit}`);
}

async function checkInvariants(when: string, replaySample: number) {
  const found: string[] = [];
  for (const row of await sql<{ seatId: string; sold: number }>(
    `SELECT "seatId", count(*)::int AS sold FROM "Reservation" WHERE status = 'CONFIRMED' GROUP BY "seatId" HAVING count(*) > 1`,
  ))
    found.push(`seat ${row.seatId} sold ${row.sold} times`);
  for (const row of await sql<{ id: string; status: string }>(`
    SELECT s.id, s.status FROM "Seat" s
    WHERE (s.status = 'SOLD') <> EXISTS (SELECT 1 FROM "Reservation" r WHERE r."seatId" = s.id AND r.status = 'CONFIRMED')`))
    found.push(`seat ${row.id} is ${row.status} but ${row.status === 'SOLD' ? 'no' : 'a'} CONFIRMED reservation holds it`);
  for (const row of await sql<{ id: string; balance: number; ledger: number }>(`
    SELECT u.id, u.balance, coalesce(l.sum, 0)::int AS ledger FROM "User" u
    LEFT JOIN (SELECT "userId", sum(CASE WHEN type = 'PAYMENT' THEN -amount ELSE amount END) AS sum
               FROM "WalletTransaction" GROUP BY "userId") l ON l."userId" = u.id
    WHERE u.balance <> coalesce(l.sum, 0) OR u.balance < 0`))
    found.push(`user ${row.id} has balance ${row.balance} against a ledger of ${row.ledger}`);
  found.push(...(await activeOverLimit()));

  const charges = acks.filter((a) => a.kind === 'charge');
  const chargeRows = await sql<{ id: string; userId: string; type: string; amount: number }>(
    `SELECT id, "userId", type::text, amount FROM "WalletTransaction" WHERE id = ANY($1::uuid[])`,
    [charges.map((a) => (a.answer as { transaction: { id: string } }).transaction.id)],
  );
  const chargeById = new Map(chargeRows.map((r) => [r.id, r]));
  for (const ack of charges) {
    const { transaction } = ack.answer as { transaction: { id: string; amount: number } };
    const row = chargeById.get(transaction.id);
    if (!row || row.type !== 'CHARGE' || row.amount !== transaction.amount || row.userId !== ack.buyer.userId)
      found.push(`acknowledged charge ${transaction.id} is ${row ? 'not as acknowledged' : 'gone'}`);
  }
  const payments = acks.filter((a) => a.kind === 'payment');
  const paymentRows = await sql<{ id: string; amount: number; confirmed: number; ledger: number }>(
    `SELECT p.id, p.amount,
            (SELECT count(*)::int FROM "Reservation" r WHERE r."paymentId" = p.id AND r.status = 'CONFIRMED') AS confirmed,
            (SELECT count(*)::int FROM "WalletTransaction" w WHERE w."paymentId" = p.id AND w.type = 'PAYMENT') AS ledger
     FROM "Payment" p WHERE p.id = ANY($1::uuid[])`,
    [payments.map((a) => (a.answer as { id: string }).id)],
  );
  const paymentById = new Map(paymentRows.map((r) => [r.id, r]));
  for (const ack of payments) {
    const paid = ack.answer as { id: string; amount: number; reservations: unknown[] };
    const row = paymentById.get(paid.id);
    if (!row || row.amount !== paid.amount || row.confirmed !== paid.reservations.length || row.ledger !== 1)
      found.push(`acknowledged payment ${paid.id} is ${row ? 'not as acknowledged' : 'gone'}`);
  }

  // Replays: the whole record at the end, a sample after each recovery.
  const sample = replaySample >= acks.length ? [...acks] : Array.from({ length: replaySample }, () => pick(acks));
  for (const ack of sample) {
    const again = await call(ack.buyer, 'POST', ack.path, { body: ack.body, headers: ack.headers });
    count('replays checked');
    if (again.status !== ack.status || !isDeepStrictEqual(again.body, ack.answer))
      found.push(`replay of ${ack.kind} ${ack.key} answered ${again.status} ${again.text.slice(0, 200)}, first ${ack.status}`);
  }
  say(
    `invariants ${when}: ${found.length === 0 ? 'hold' : `${found.length} violated`} (${acks.length} acknowledged, ${sample.length} replayed)`,
  );
  violations.push(...found.map((v) => `${when}: ${v}`));
}

// ---- the kills --------------------------------------------------------------------------

type KillKind = 'worker' | 'supervisor' | 'postgres';
interface Kill {
  at: string;
  kind: KillKind;
  pid: number;
  recoveredMs: number;
  note: string;
}
const kills: Kill[] = [];

async function kill(kind: KillKind) {
  const at = clock();
  const t0 = Date.now();
  let pid = 0;
  let note = '';
  if (kind === 'worker') {
    const ready = server.workerPids().filter((p) => server.readyWorkers().includes(p));
    pid = pick(ready);
    const known = server.readyWorkers();
    signal(pid, 'SIGKILL');
    const outcome = await Promise.race([
      server.waitForNewWorkers(known, 1, 60_000).then(() => 'replaced'),
      server.exited.then(() => 'gave up'),
    ]);
    if (outcome === 'gave up')
      note = `the supervisor gave up (5 deaths in 60 s); restarted in ${await restart('a crash loop')} ms`;
  } else if (kind === 'supervisor') {
    pid = server.supervisorPid()!;
    signal(pid, 'SIGKILL');
    note = `restarted in ${await restart('the supervisor kill')} ms`;
  } else {
    pid = server.postmasterPid()!;
    signal(pid, 'SIGKILL');
    await waitFor(
      'PostgreSQL back',
      () => {
        const now = server.postmasterPid();
        return now !== null && now !== pid;
      },
      { timeoutMs: 30_000 },
    );
    await waitFor('ready again', async () => (await get(baseUrl, '/api/v1/health/ready').catch(() => null))?.status === 200, {
      timeoutMs: 30_000,
    });
  }
  const entry = { at, kind, pid, recoveredMs: Date.now() - t0, note };
  kills.push(entry);
  say(`killed ${kind} ${pid}: recovered in ${entry.recoveredMs} ms${note ? ` (${note})` : ''}`);
  await checkInvariants(`after killing the ${kind}`, 10);
}

// ---- the run ----------------------------------------------------------------------------

let exitCode = 1;
try {
  const admin = await signIn(baseUrl, ADMIN.email, { password: ADMIN.password, existing: true });
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const created = await request(baseUrl, '/api/v1/admin/concerts', {
    method: 'POST',
    cookies: admin.cookies,
    body: {
      title: 'Chaos Night',
      artist: 'The Kill Signals',
      venue: 'Loopback Hall',
      schedules: [
        { startsAt: inDays(7), seatCount: 300, price: 10_000 },
        { startsAt: inDays(8), seatCount: 300, price: 12_000 },
      ],
    },
  });
  if (created.status !== 201) throw new Error(`the concert could not be made: ${created.status} ${created.text}`);
  concertId = (created.body as { id: string }).id;

  const buyers: Buyer[] = [];
  for (let i = 0; i < BUYERS; i += 5) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(5, BUYERS - i) }, (_, j) => signIn(baseUrl, `chaos-${SEED}-${i + j}@test.encore`)),
    );
    batch.forEach(({ cookies, user }, j) =>
      buyers.push({ index: i + j, userId: user.id, cookies, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }) }),
    );
  }
  say(`concert ${concertId} on sale; ${buyers.length} buyers signed in`);

  // The plan: every kind at least KILLS/3 times (rounded down), in a random order, at random
  // moments between 10% and 85% of the run.
  const kinds: KillKind[] = Array.from({ length: KILLS }, (_, i) => (['worker', 'supervisor', 'postgres'] as const)[i % 3]);
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  const moments = kinds.map(() => SECONDS * 1000 * (0.1 + 0.75 * random())).sort((a, b) => a - b);

  const runStart = Date.now();
  const loops = buyers.map((buyer) => buyerLoop(buyer));
  const sampler = (async () => {
    while (running) {
      await sleep(2_000);
      const over = await activeOverLimit().catch(() => []);
      violations.push(...over.map((v) => `sampled at ${clock()}: ${v}`));
    }
  })();
  for (const [i, kind] of kinds.entries()) {
    const wait = runStart + moments[i] - Date.now();
    if (wait > 0) await sleep(wait);
    await kill(kind);
  }
  const left = runStart + SECONDS * 1000 - Date.now();
  if (left > 0) await sleep(left);
  running = false;
  say('time is up: letting the buyers finish what they started');
  await Promise.all([...loops, sampler]);
  await checkInvariants('at the end', Number.POSITIVE_INFINITY);

  const stopAt = Date.now();
  server.child.kill('SIGTERM');
  const exit = await server.waitForExit(15_000).catch(() => null);
  if (!exit || exit.code !== 0)
    violations.push(`SIGTERM at the end: the server ended with ${exit ? (exit.code ?? exit.signal) : 'nothing in 15 s'}`);
  else say(`stopped with SIGTERM in ${Date.now() - stopAt} ms`);
  if (server.postgresProcesses().length > 0) violations.push('PostgreSQL still ran after the server stopped');
  exitCode = violations.length > 0 ? 1 : 0;
} catch (error) {
  violations.push(`the run failed: ${(error as Error).stack ?? error}`);
} finally {
  running = false;
  await server.stop().catch(() => {});
  await releaseBuildLock();
}

const serverErrors = serverLog.filter((line) => line.includes('"level":"error"'));
console.log('\n=== chaos report ===');
console.log(
  `seed ${SEED}, ${BUYERS} buyers, ${SECONDS} s of load, ${((Date.now() - runStarted) / 1000).toFixed(0)} s in all (after ${((runStarted - started) / 1000).toFixed(0)} s waiting for the build lock)`,
);
console.log('kills:');
for (const k of kills)
  console.log(
    `  ${k.at.padStart(6)}  ${k.kind.padEnd(10)} pid ${String(k.pid).padEnd(7)} recovered in ${k.recoveredMs} ms ${k.note}`,
  );
console.log('operations:');
for (const [name, value] of Object.entries(counts).sort()) console.log(`  ${name}: ${value}`);
console.log(`server error lines logged: ${serverErrors.length}`);
for (const line of serverErrors.slice(0, 5)) console.log(`  ${line.slice(0, 400)}`);
console.log(`violations: ${violations.length}`);
for (const v of violations) console.log(`  ${v}`);
process.exit(violations.length > 0 ? 1 : exitCode);
