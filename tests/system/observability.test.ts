/**
 * Under `npm start` with two workers: GET /metrics answers for the whole instance, whichever
 * worker takes the scrape (the supervisor sums the workers' registries), and every request
 * writes one JSON line to the server's output, with no cookie or authorization value.
 * tests/server/observability.test.ts covers the token, the series and the log fields in detail.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { request, startServer, waitFor, type RunningServer } from './support/server';

const METRICS_TOKEN = `metrics-${randomUUID()}`;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ workers: 2, env: { METRICS_TOKEN, LOG_LEVEL: 'info' } });
});
afterAll(() => server?.stop());

const requestLines = () =>
  server.output
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes('"msg":"request"'))
    .map((line) => JSON.parse(line) as { pid: number; requestId: string; route: string; status: number });

test('/metrics sums every worker: each scrape counts all 40 requests, whichever worker answers it', async () => {
  expect((await request(server.baseUrl, '/metrics')).status).toBe(401);
  const id = randomUUID();
  // A fresh connection each: node:cluster deals them out to both workers.
  const answers = await Promise.all(Array.from({ length: 40 }, () => request(server.baseUrl, `/api/v1/concerts/${id}`)));
  expect(answers.every((a) => a.status === 404)).toBe(true);
  const ids = new Set(answers.map((a) => String(a.headers['x-request-id'])));
  expect(ids.size).toBe(40);
  // A request's line is written as its answer ends: wait for the last of them to come through.
  const served = await waitFor(
    '40 request lines',
    () => {
      const lines = requestLines().filter((line) => ids.has(line.requestId));
      return lines.length >= 40 ? lines : null;
    },
    { timeoutMs: 5_000 },
  );
  expect(served).toHaveLength(40);
  expect(new Set(served.map((line) => line.pid)).size).toBe(2);

  const scrapers = new Set<number>();
  for (let i = 0; i < 6; i++) {
    const scrape = await request(server.baseUrl, '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(scrape.text).toContain(
      'encore_http_requests_total{method="GET",route="/api/v1/concerts/{concertId}",status="404"} 40',
    );
    expect(scrape.text).toContain(
      'encore_api_refusals_total{method="GET",route="/api/v1/concerts/{concertId}",code="NOT_FOUND"} 40',
    );
    // One leader among the workers; the process metrics of both, summed.
    expect(scrape.text).toMatch(/^encore_ticker_leader 1$/m);
    expect(scrape.text).toMatch(/^process_resident_memory_bytes \d+/m);
    const line = await waitFor(
      "the scrape's request line",
      () => requestLines().find((l) => l.requestId === scrape.headers['x-request-id']),
      {
        timeoutMs: 5_000,
      },
    );
    scrapers.add(line.pid);
  }
  expect(scrapers.size).toBe(2);
});

test('a request is one JSON line in the server output, without its cookie or authorization value', async () => {
  const cookie = `next-auth.session-token=${randomUUID()}`;
  const authorization = `Bearer ${randomUUID()}`;
  const answer = await request(server.baseUrl, '/api/v1/me', { headers: { cookie, authorization } });
  expect(answer.status).toBe(401);
  const requestId = String(answer.headers['x-request-id']);
  await server.waitForOutput(new RegExp(`"requestId":"${requestId}"`), 5_000);
  // Another moment for a second line, were there one, to arrive too.
  await request(server.baseUrl, '/api/v1/health/live');
  const mine = server.output.split('\n').filter((line) => line.includes(requestId));
  expect(mine).toHaveLength(1);
  expect(JSON.parse(mine[0])).toMatchObject({ level: 'info', requestId, method: 'GET', route: '/api/v1/me', status: 401 });
  expect(server.output).not.toContain(cookie.split('=')[1]);
  expect(server.output).not.toContain(authorization.split(' ')[1]);
});
