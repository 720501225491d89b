/**
 * What an operator reads of one server (lib/server/http-server.ts, in process, over real HTTP):
 * GET /metrics needs METRICS_TOKEN and shows the series after requests, by route pattern and
 * never a raw id; each request writes exactly one JSON log line with its request id, route,
 * status, duration and user, and none of its cookie, authorization header or body.
 * tests/system/observability.test.ts checks the same under `npm start`, summed over workers.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { z } from 'zod';

// The server reads its configuration (env()) and database lazily: set both before it starts.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.AUTH_SECRET = 'observability-test-secret-0123456789abcdef';

const { DomainError } = await import('@/lib/core/errors');
const { createLogger } = await import('@/lib/log/logger');
const { json } = await import('@/lib/http/problem');
const { route } = await import('@/lib/http/route');
const { ApiDispatcher } = await import('@/lib/server/api-dispatch');
const { createAppServer } = await import('@/lib/server/http-server');
const { openTestDb } = await import('@/lib/testing/test-db');
const { makeConcert, makeQueueToken, makeUser } = await import('@/lib/testing/factories');

// Every line the process logs, captured (lib/log/logger.ts keeps its logger on globalThis).
const lines: string[] = [];
(globalThis as unknown as { encoreLogger: unknown }).encoreLogger = createLogger({
  level: 'info',
  stream: new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  }),
});

const TOKEN = 'metrics-token-for-the-test-0123';
const routes = [
  {
    path: '/things/{thingId}',
    handlers: {
      GET: route({ auth: 'none', params: z.object({ thingId: z.string() }) }, async ({ params }) => {
        if (params.thingId === 'gone') throw new DomainError('NOT_FOUND', 'No such thing');
        return json({ ok: true });
      }),
    },
  },
  {
    path: '/mine',
    handlers: {
      POST: route({ auth: 'user', body: z.object({ secret: z.string() }) }, async ({ user }) => json({ id: user.id }, 201)),
    },
  },
];

const db = openTestDb(4);
const servers: { drain: (ms: number) => Promise<void> }[] = [];
async function serve(metricsToken?: string): Promise<string> {
  const app = createAppServer({
    dispatcher: new ApiDispatcher(routes),
    next: async (_req, res) => {
      res.statusCode = 404;
      res.end('not found (next.js)');
    },
    trustProxy: 0,
    metricsToken,
    poolSize: 20,
  });
  app.server.listen(0, '127.0.0.1');
  await once(app.server, 'listening');
  servers.push(app);
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

let base: string;
beforeAll(async () => {
  base = await serve(TOKEN);
});
afterAll(() => Promise.all(servers.map((s) => s.drain(500))));

const scrape = (token?: string) => fetch(`${base}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('GET /metrics', () => {
  test('is not served without METRICS_TOKEN (404), and needs the token when set (401)', async () => {
    const unset = await serve(undefined);
    const res = await fetch(`${unset}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('next.js');

    const none = await scrape();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await scrape(`${TOKEN}x`)).status).toBe(401);
    expect((await scrape(TOKEN.slice(0, -1))).status).toBe(401);
    const ok = await scrape(TOKEN);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  test('counts requests by route pattern and status, refusals by code, and shows the queue, the pool and the process', async () => {
    const concert = await makeConcert(db, { seats: 1, activeLimit: 3 });
    const fans = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
    await makeQueueToken(db, fans[0].id, concert.id, { status: 'ACTIVE' });
    await makeQueueToken(db, fans[1].id, concert.id, { status: 'WAITING' });
    await makeQueueToken(db, fans[2].id, concert.id, { status: 'WAITING' });
    const id = crypto.randomUUID();
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/api/v1/things/${id}`)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await fetch(`${base}/api/v1/things/gone`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/nowhere/${id}`)).status).toBe(404);

    // The queue's figures are read from the database at most every 2 s: the first scrape may
    // predate this concert.
    const waiting = `encore_queue_waiting_tokens{concert_id="${concert.id}"} 2`;
    const deadline = Date.now() + 5_000;
    let text = await (await scrape(TOKEN)).text();
    while (!text.includes(waiting) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      text = await (await scrape(TOKEN)).text();
    }
    expect(text).toContain('encore_http_requests_total{method="GET",route="/api/v1/things/{thingId}",status="200"} 3');
    expect(text).toContain('encore_http_requests_total{method="GET",route="/api/v1/things/{thingId}",status="404"} 2');
    expect(text).toContain('encore_http_requests_total{method="GET",route="(unmatched)",status="404"} 1');
    expect(text).toContain(
      'encore_http_request_duration_seconds_count{method="GET",route="/api/v1/things/{thingId}",status="200"} 3',
    );
    expect(text).toContain('encore_api_refusals_total{method="GET",route="/api/v1/things/{thingId}",code="NOT_FOUND"} 2');
    expect(text).not.toContain(id);
    expect(text).toContain(waiting);
    expect(text).toContain(`encore_queue_active_tokens{concert_id="${concert.id}"} 1`);
    expect(text).toContain(`encore_queue_active_limit{concert_id="${concert.id}"} 3`);
    expect(text).toMatch(/^encore_db_pool_connections\{state="total"\} \d+$/m);
    expect(text).toMatch(/^encore_db_pool_connections\{state="waiting"\} \d+$/m);
    expect(text).toContain('encore_db_pool_max_connections 20');
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });
});

describe('the request log', () => {
  test('writes exactly one JSON line per request, with its id, route, status, duration and user, and no secret', async () => {
    const user = await makeUser(db);
    const session = await encode({
      token: { sub: user.id, uid: user.id, email: user.email, name: user.name, role: 'USER', sid: crypto.randomUUID() },
      secret: process.env.AUTH_SECRET!,
      maxAge: 600,
    });
    const cookie = `next-auth.session-token=${session}`;
    const authorization = 'Bearer not-for-the-log-0123456789';
    const secret = `body-secret-${crypto.randomUUID()}`;
    const res = await fetch(`${base}/api/v1/mine`, {
      method: 'POST',
      headers: { cookie, authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ secret }),
    });
    expect(res.status).toBe(201);
    const requestId = res.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const mine = lines.filter((line) => line.includes(requestId));
    expect(mine).toHaveLength(1);
    const entry = JSON.parse(mine[0]);
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId,
      method: 'POST',
      route: '/api/v1/mine',
      status: 201,
      userId: user.id,
    });
    expect(typeof entry.durationMs).toBe('number');
    expect(typeof entry.time).toBe('string');
    for (const line of lines) {
      expect(line).not.toContain(session);
      expect(line).not.toContain('not-for-the-log');
      expect(line).not.toContain(secret);
    }
  });

  test('gives a refusal and an unknown path a request id too, logged once each', async () => {
    for (const path of ['/api/v1/things/gone', '/api/v1/nowhere', '/some/page']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(404);
      const requestId = res.headers.get('x-request-id');
      expect(requestId, path).toBeTruthy();
      expect(
        lines.filter((line) => line.includes(requestId!)),
        path,
      ).toHaveLength(1);
    }
  });
});
