/**
 * Three production instances (`npm start`'s code path, one worker each) on one PostgreSQL,
 * behind a real nginx, as docs/deploy.md describes: round-robin, keep-alive upstream
 * connections, X-Forwarded-For, retries of what cannot reach an instance. Every check goes
 * through the balancer and asserts what must hold however requests are spread:
 *
 * - consecutive requests of one user land on different instances (x-encore-instance);
 * - a session works on every instance, and signing out ends it on every instance within 5 s;
 * - a per-user rate limit is counted across instances;
 * - a join storm never has more than activeLimit ACTIVE, and the line it forms is admitted
 *   first come, first served;
 * - exactly one of many users racing for a seat from every instance wins it;
 * - a payment repeated with its Idempotency-Key on another instance answers the stored answer;
 * - the ticker's work is done by exactly one leader, and after kill -9 of the leader's instance
 *   another takes over within seconds and admissions go on;
 * - an instance stopped with SIGTERM while traffic flows loses no request: no read sees a 5xx
 *   (nginx resends what the instance could not answer), and every charge, repeated by its
 *   client with its Idempotency-Key if nginx answered 502, is recorded exactly once.
 *
 * The tests share the instances and run in order (the last two stop instances).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { freePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@/lib/db/start-embedded-postgres';
import { seatsOf } from '@/lib/testing/booking-factories';
import { makeConcert, makeUser, makeUsers } from '@/lib/testing/factories';
import { startNginx, type RunningNginx } from './support/nginx';
import { request, signIn, startServer, waitFor, type Answer, type RequestOptions, type RunningServer } from './support/server';

const AUTH_SECRET = `multi-instance-${randomUUID()}`;
const METRICS_TOKEN = `metrics-${randomUUID()}`;
const NAMES = ['encore-a', 'encore-b', 'encore-c'];
const JOIN_LIMIT = 5;

let dataDir: string;
let database: EmbeddedPostgresHandle;
let db: Db;
let sql: pg.Pool;
let nginx: RunningNginx;
/** The instances still running, by name; `started` keeps every one for the clean-up. */
const instances = new Map<string, RunningServer>();
const started: RunningServer[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'encore-multi-'));
  chmodSync(dataDir, 0o755);
  database = await startEmbeddedPostgres({ dataDir });
  // Migrated once before the rollout, as docs/deploy.md says: the instances find nothing to do.
  await migrate(database.url);
  db = createDb(database.url, 4);
  sql = new pg.Pool({ connectionString: database.url, max: 4 });
  sql.on('error', () => {});

  const ports = await Promise.all(NAMES.map(() => freePort()));
  // Every instance must know the public URL (NEXTAUTH_URL): nginx's, started once they answer.
  const publicPort = await freePort();
  const publicUrl = `http://localhost:${publicPort}`;
  const results = await Promise.allSettled(
    NAMES.map((name, i) =>
      startServer({
        workers: 1,
        port: ports[i],
        readyTimeoutMs: 120_000,
        env: {
          DATABASE_URL: database.url,
          AUTH_SECRET,
          NEXTAUTH_URL: publicUrl,
          TRUST_PROXY: '1',
          INSTANCE_NAME: name,
          METRICS_TOKEN,
          DATABASE_POOL_SIZE: '8',
          SEED_DEMO: 'false',
          RATE_LIMITS: 'on',
          RATE_LIMIT_QUEUE_JOIN_PER_USER: '5/60',
          // The SIGTERM check charges wallets in a loop.
          RATE_LIMIT_CHARGE_PER_USER: '100000/60',
          // Everyone here signs in from one address.
          RATE_LIMIT_SIGNIN_PER_IP: '10000/60',
        },
      }),
    ),
  );
  // Whatever started is stopped after, even if another instance failed to.
  for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  started.forEach((server, i) => instances.set(NAMES[i], server));
  nginx = await startNginx(
    ports.map((port) => `127.0.0.1:${port}`),
    publicPort,
  );
}, 180_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(started.map((server) => server.stop()));
  await sql?.end();
  await db?.$disconnect();
  await database?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

// ---- helpers ------------------------------------------------------------------------------

const through = (pathname: string, options: RequestOptions = {}) => request(nginx.baseUrl, pathname, options);
const instanceOf = (answer: Answer) => String(answer.headers['x-encore-instance']);

/** A session cookie as next-auth would issue it, signed with the shared secret. */
async function sessionCookie(user: { id: string; email: string; name: string }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, uid: user.id, email: user.email, name: user.name, role: 'USER', sid: randomUUID() },
    secret: AUTH_SECRET,
    maxAge: 3600,
  });
  return `next-auth.session-token=${token}`;
}

async function fans(count: number) {
  const users = await makeUsers(db, count);
  return Promise.all(users.map(async (user) => ({ ...user, cookie: await sessionCookie(user) })));
}

async function join(cookie: string, concertId: string) {
  const answer = await through('/api/v1/queue/tokens', { method: 'POST', body: { concertId }, headers: { cookie } });
  if (answer.status !== 201 && answer.status !== 200) throw new Error(`join answered ${answer.status}: ${answer.text}`);
  return (answer.body as { token: string }).token;
}

async function activeTokens(concertId: string): Promise<{ token: string; seq: string }[]> {
  // Ordered by t.seq, the number: a bare "seq" would be the answer's text column (10 before 9).
  const { rows } = await sql.query(
    `SELECT token, seq::text FROM "QueueToken" t WHERE "concertId" = $1 AND status = 'ACTIVE' AND "activeUntil" > now() ORDER BY t.seq`,
    [concertId],
  );
  return rows;
}

/** The Prometheus text of one instance, straight from its port (not through nginx). */
async function scrape(name: string): Promise<string> {
  const answer = await request(instances.get(name)!.baseUrl, '/metrics', {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(answer.status, `/metrics of ${name}`).toBe(200);
  return answer.text;
}

/** The sum of a metric's samples whose labels include `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

const LEADER = /"msg":"ticker leader: (this process|lost)"/g;

/** Instances whose latest leadership line says they lead. */
function leaders(): string[] {
  return [...instances]
    .filter(([, server]) => [...server.output.matchAll(LEADER)].at(-1)?.[1] === 'this process')
    .map(([name]) => name);
}

/** Samples the number of ACTIVE tokens until stopped; returns the largest seen. */
function sampleActive(concertId: string) {
  let running = true;
  let most = 0;
  let samples = 0;
  const done = (async () => {
    while (running) {
      const { rows } = await sql.query(
        `SELECT count(*)::int AS n FROM "QueueToken" WHERE "concertId" = $1 AND status = 'ACTIVE' AND "activeUntil" > now()`,
        [concertId],
      );
      most = Math.max(most, rows[0].n);
      samples++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return async () => {
    running = false;
    await done;
    return { most, samples };
  };
}

/**
 * Ends the ACTIVE tokens (as their time running out would) and waits for the ticker to admit
 * the next in line; asserts they are exactly the next `JOIN_LIMIT` by place in line, and that
 * no moment had more than JOIN_LIMIT ACTIVE.
 */
async function admitNextRound(concertId: string) {
  const { rows: next } = await sql.query(
    `SELECT token FROM "QueueToken" WHERE "concertId" = $1 AND status = 'WAITING' ORDER BY seq LIMIT $2`,
    [concertId, JOIN_LIMIT],
  );
  expect(next).toHaveLength(JOIN_LIMIT);
  const stop = sampleActive(concertId);
  await sql.query(
    `UPDATE "QueueToken" SET status = 'EXPIRED', "expiredAt" = now() WHERE "concertId" = $1 AND status = 'ACTIVE'`,
    [concertId],
  );
  const admitted = await waitFor(
    'the ticker to admit the next in line',
    async () => {
      const active = await activeTokens(concertId);
      return active.length >= JOIN_LIMIT ? active : null;
    },
    { timeoutMs: 5_000, intervalMs: 50 },
  );
  const { most } = await stop();
  expect(most).toBeLessThanOrEqual(JOIN_LIMIT);
  expect(admitted.map((t) => t.token)).toEqual(next.map((t) => t.token));
}

// ---- the checks ---------------------------------------------------------------------------

describe('three instances behind nginx on one database', () => {
  test('consecutive requests of one user land on different instances', async () => {
    const [fan] = await fans(1);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const answer = await through('/api/v1/me', { headers: { cookie: fan.cookie } });
      expect(answer.status).toBe(200);
      seen.push(instanceOf(answer));
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i], `request ${i + 1} of ${seen.join(', ')}`).not.toBe(seen[i - 1]);
    expect(new Set(seen)).toEqual(new Set(NAMES));
    // Metrics are for the private network: the balancer does not pass them on, token or not.
    expect((await through('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
  });

  test('a session signed in through one instance works on all; signing out ends it on all within 5 s', async () => {
    const user = await makeUser(db);
    const { cookies } = await signIn(nginx.baseUrl, user.email, { existing: true });
    const oldCookie = cookies.header();
    for (const [name, server] of instances) {
      expect((await request(server.baseUrl, '/api/v1/me', { headers: { cookie: oldCookie } })).status, name).toBe(200);
    }

    const csrf = await through('/api/auth/csrf', { cookies });
    const { csrfToken } = csrf.body as { csrfToken: string };
    const signedOut = await through('/api/auth/signout', { method: 'POST', form: { csrfToken, json: 'true' }, cookies });
    expect(signedOut.status).toBeLessThan(400);
    const at = Date.now();

    const refusedBy = new Set<string>();
    await waitFor(
      'the old cookie to be refused by every instance',
      async () => {
        for (const [name, server] of instances) {
          const me = await request(server.baseUrl, '/api/v1/me', { headers: { cookie: oldCookie } });
          if (me.status === 401) refusedBy.add(name);
          else refusedBy.delete(name);
        }
        return refusedBy.size === NAMES.length;
      },
      { timeoutMs: 5_000, intervalMs: 100 },
    );
    expect(Date.now() - at).toBeLessThanOrEqual(5_000);
    // And through the balancer, on whichever instance: refused.
    for (let i = 0; i < NAMES.length; i++) {
      const me = await through('/api/v1/me', { headers: { cookie: oldCookie } });
      expect(me.status, instanceOf(me)).toBe(401);
    }
  });

  test('a per-user rate limit counts requests on every instance: the 6th join of 5/60 is 429', async () => {
    const [fan] = await fans(1);
    const concert = await makeConcert(db, { seats: 1 });
    const served: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await through('/api/v1/queue/tokens', {
        method: 'POST',
        body: { concertId: concert.id },
        headers: { cookie: fan.cookie },
      });
      expect([200, 201], answer.text).toContain(answer.status);
      served.push(instanceOf(answer));
    }
    expect(new Set(served)).toEqual(new Set(NAMES));
    const sixth = await through('/api/v1/queue/tokens', {
      method: 'POST',
      body: { concertId: concert.id },
      headers: { cookie: fan.cookie },
    });
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
  });

  let stormConcertId = '';

  test(`a storm of 60 joins never has more than activeLimit (${JOIN_LIMIT}) ACTIVE, and its line is admitted in order`, async () => {
    const crowd = await fans(60);
    const concert = await makeConcert(db, { seats: 1, activeLimit: JOIN_LIMIT });
    stormConcertId = concert.id;

    const stop = sampleActive(concert.id);
    const answers = await Promise.all(
      crowd.map((fan) =>
        through('/api/v1/queue/tokens', { method: 'POST', body: { concertId: concert.id }, headers: { cookie: fan.cookie } }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    expect(new Set(answers.map(instanceOf))).toEqual(new Set(NAMES));
    // Joins admit whoever is next while slots are free, and the ticker fills any left.
    await waitFor('activeLimit tokens ACTIVE', async () => (await activeTokens(concert.id)).length === JOIN_LIMIT, {
      timeoutMs: 5_000,
    });
    const { most, samples } = await stop();
    expect(samples).toBeGreaterThan(3);
    expect(most).toBeLessThanOrEqual(JOIN_LIMIT);
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "QueueToken" WHERE "concertId" = $1`, [concert.id]);
    expect(rows[0].n).toBe(60);

    // Those the storm admitted are the first in line: admission waits for joins still
    // committing (the line's order lock), so no later joiner got ahead of an earlier one.
    const { rows: first } = await sql.query(`SELECT token FROM "QueueToken" WHERE "concertId" = $1 ORDER BY seq LIMIT $2`, [
      concert.id,
      JOIN_LIMIT,
    ]);
    expect((await activeTokens(concert.id)).map((t) => t.token)).toEqual(first.map((t) => t.token));
    // And the rest of the line is admitted first come, first served.
    await admitNextRound(concert.id);
    await admitNextRound(concert.id);
  });

  test('exactly one of 30 users racing for a seat across the instances wins it', async () => {
    const crowd = await fans(30);
    const concert = await makeConcert(db, { seats: 2, activeLimit: 100 });
    const [seat] = await seatsOf(db, concert);
    const tokens = await Promise.all(crowd.map((fan) => join(fan.cookie, concert.id)));
    await waitFor('all 30 admitted', async () => (await activeTokens(concert.id)).length === 30, { timeoutMs: 5_000 });

    const answers = await Promise.all(
      crowd.map((fan, i) =>
        through('/api/v1/reservations', {
          method: 'POST',
          body: { seatId: seat.id },
          headers: { cookie: fan.cookie, 'x-queue-token': tokens[i] },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    expect(answers.filter((a) => a.status === 409).every((a) => (a.body as { code: string }).code === 'SEAT_UNAVAILABLE')).toBe(
      true,
    );
    expect(new Set(answers.map(instanceOf))).toEqual(new Set(NAMES));
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "Reservation" WHERE "seatId" = $1`, [seat.id]);
    expect(rows[0].n).toBe(1);
  });

  test('a payment repeated with its Idempotency-Key on other instances answers the stored answer and pays once', async () => {
    const [fan] = await fans(1);
    const concert = await makeConcert(db, { seats: 1, price: 50_000 });
    const [seat] = await seatsOf(db, concert);
    const token = await join(fan.cookie, concert.id);
    await waitFor('the token admitted', async () => (await activeTokens(concert.id)).length === 1, { timeoutMs: 5_000 });
    const auth = { cookie: fan.cookie, 'x-queue-token': token };
    expect((await through('/api/v1/wallet/charges', { method: 'POST', body: { amount: 200_000 }, headers: auth })).status).toBe(
      201,
    );
    const hold = await through('/api/v1/reservations', { method: 'POST', body: { seatId: seat.id }, headers: auth });
    expect(hold.status).toBe(201);
    const reservationId = (hold.body as { id: string }).id;

    const pay = () =>
      through('/api/v1/payments', {
        method: 'POST',
        body: { reservationIds: [reservationId] },
        headers: { ...auth, 'idempotency-key': `pay-${reservationId}` },
      });
    const first = await pay();
    expect(first.status).toBe(201);
    // Round-robin sends each repeat to the next instance; repeats also race each other.
    const repeats = [await pay(), ...(await Promise.all([pay(), pay(), pay(), pay()]))];
    expect(instanceOf(repeats[0])).not.toBe(instanceOf(first));
    expect(new Set([first, ...repeats].map(instanceOf))).toEqual(new Set(NAMES));
    for (const repeat of repeats) {
      expect(repeat.status).toBe(201);
      expect(repeat.text).toBe(first.text);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
    }
    const { rows } = await sql.query(
      `SELECT u.balance, (SELECT count(*)::int FROM "WalletTransaction" w WHERE w."userId" = u.id AND w.type = 'PAYMENT') AS payments
       FROM "User" u WHERE u.id = $1`,
      [fan.id],
    );
    expect(rows[0]).toEqual({ balance: 150_000, payments: 1 });
  });

  test('one leader does the ticker work; kill -9 of its instance gives a new leader within seconds, and admissions go on', async () => {
    expect(stormConcertId).not.toBe('');
    const [leader, ...others] = leaders();
    expect(others, `leaders: ${leaders().join(', ')}`).toEqual([]);
    expect(leader).toBeDefined();

    // Only the leader ran the ticker's jobs; every instance counted the admissions it made, and
    // together they are every admission the database records.
    const texts = new Map(await Promise.all(NAMES.map(async (name) => [name, await scrape(name)] as const)));
    for (const name of NAMES) {
      expect(sample(texts.get(name)!, 'encore_ticker_leader'), name).toBe(name === leader ? 1 : 0);
      const runs = sample(texts.get(name)!, 'encore_ticker_runs_total', { job: 'queue' });
      if (name === leader) expect(runs, name).toBeGreaterThan(0);
      else expect(runs, name).toBe(0);
    }
    const counted = NAMES.reduce(
      (sum, name) => sum + sample(texts.get(name)!, 'encore_queue_admissions_total', { concert_id: stormConcertId }),
      0,
    );
    const { rows } = await sql.query(
      `SELECT count(*)::int AS n FROM "QueueToken" WHERE "concertId" = $1 AND "activatedAt" IS NOT NULL`,
      [stormConcertId],
    );
    expect(counted).toBe(rows[0].n);

    const server = instances.get(leader)!;
    const outputs = new Map([...instances].map(([name, s]) => [name, s.output.length]));
    const killedAt = Date.now();
    process.kill(-server.pid, 'SIGKILL');
    await server.waitForExit(5_000);
    const next = await waitFor(
      'a new ticker leader',
      () =>
        [...instances].find(
          ([name, s]) => name !== leader && /"msg":"ticker leader: this process"/.test(s.output.slice(outputs.get(name)!)),
        )?.[0],
      { timeoutMs: 5_000, intervalMs: 50 },
    );
    expect(Date.now() - killedAt).toBeLessThan(5_000);
    instances.delete(leader);
    expect(leaders()).toEqual([next]);

    // The new leader admits the next in line, with no request to prompt it.
    await admitNextRound(stormConcertId);
    // And the balancer sends nothing to the dead instance.
    for (let i = 0; i < 4; i++) expect((await through('/api/v1/health/live')).status).toBe(200);
  });

  test('an instance stopped with SIGTERM while traffic flows loses no request', async () => {
    const crowd = await fans(8);
    const concert = await makeConcert(db, { seats: 1, activeLimit: 2 });
    const tokens = await Promise.all(crowd.map((fan) => join(fan.cookie, concert.id)));
    const [name, server] = [...instances][0];

    const readFailures: string[] = [];
    const chargeFailures: string[] = [];
    const acknowledged: { userId: string; key: string; transactionId: string }[] = [];
    let chargesRepeatedAfter502 = 0;
    let answered = 0;
    let running = true;
    // Polls, reads and wallet charges from 8 users, each on its own keep-alive connection to
    // nginx, as browsers would. A charge moves money, so it carries an Idempotency-Key, and the
    // client repeats it with that key when it gets no answer of the app (docs/api.md).
    const clients = crowd.map(async (fan, i) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const headers = { cookie: fan.cookie, 'x-queue-token': tokens[i] };
      for (let n = 0; running; n++) {
        if (n % 3 < 2) {
          const path = n % 3 === 0 ? '/api/v1/queue/tokens/current' : `/api/v1/concerts/${concert.id}`;
          try {
            const answer = await through(path, { headers, agent });
            answered++;
            if (answer.status >= 500) readFailures.push(`GET ${path}: ${answer.status} ${answer.text.slice(0, 80)}`);
          } catch (error) {
            readFailures.push(`GET ${path}: ${error}`);
          }
          continue;
        }
        const key = `sigterm-${i}-${n}`;
        for (let attempt = 1; ; attempt++) {
          const answer = await through('/api/v1/wallet/charges', {
            method: 'POST',
            body: { amount: 1_000 },
            headers: { ...headers, 'idempotency-key': key },
            agent,
          }).catch((error) => ({ status: 0, text: String(error), body: undefined }));
          answered++;
          if (answer.status === 201) {
            acknowledged.push({
              userId: fan.id,
              key,
              transactionId: (answer.body as { transaction: { id: string } }).transaction.id,
            });
            break;
          }
          // nginx's own 502: the request reached the stopping instance's listener in the instant
          // it closed, and nginx does not resend a POST it has sent. Anything else is a failure.
          const gateway = answer.status === 502 && answer.text.includes('nginx');
          if (!gateway || attempt >= 5) {
            chargeFailures.push(`POST charge ${key} (attempt ${attempt}): ${answer.status} ${answer.text.slice(0, 80)}`);
            break;
          }
          chargesRepeatedAfter502++;
        }
      }
      agent.destroy();
    });

    await waitFor('traffic to flow', () => answered > 50, { timeoutMs: 10_000 });
    const before = answered;
    server.child.kill('SIGTERM');
    const status = await server.waitForExit(20_000);
    expect(status.code).toBe(0);
    instances.delete(name);
    await waitFor('traffic after the stop', () => answered > before + 100, { timeoutMs: 10_000 });
    running = false;
    await Promise.all(clients);

    const diagnostics = `${nginx
      .accessLog()
      .split('\n')
      .filter((line) => /" 50\d /.test(line))
      .join('\n')}\n${nginx.errorLog()}`;
    console.log('[multi-instance]', JSON.stringify({ answered, charges: acknowledged.length, chargesRepeatedAfter502 }));
    // Reads: nginx resent whatever the stopping instance could not answer; none saw a 5xx.
    expect(readFailures, diagnostics).toEqual([]);
    expect(nginx.accessLog()).not.toMatch(/"GET [^"]*" 50\d /);
    // Charges: every one acknowledged, and recorded exactly once (none lost, none doubled by a repeat).
    expect(chargeFailures, diagnostics).toEqual([]);
    const { rows } = await sql.query<{ id: string }>(
      `SELECT id::text FROM "WalletTransaction" WHERE type = 'CHARGE' AND "userId" = ANY($1::uuid[])`,
      [crowd.map((fan) => fan.id)],
    );
    expect(rows.map((row) => row.id).sort()).toEqual(acknowledged.map((a) => a.transactionId).sort());
    expect(new Set(acknowledged.map((a) => a.key)).size).toBe(acknowledged.length);
    // The stopped instance was serving this traffic until it stopped.
    expect(nginx.accessLog()).toContain(`upstream=127.0.0.1:${server.port} `);
  });
});
