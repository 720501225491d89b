/**
 * kill -9 of the embedded PostgreSQL's postmaster. While it is down the app answers at once,
 * 503 SERVICE_UNAVAILABLE problem+json with Retry-After, never a 500 and never a hang; the
 * liveness probe still answers 200 (restarting the app would not help) and readiness 503. The
 * wrapper (lib/db/embedded-postgres-process.ts) starts PostgreSQL again and the same requests
 * answer 200, with the same app processes: nothing restarted but the database.
 *
 * To look at the outage without racing the wrapper's restart (about a second), the wrapper is
 * paused (SIGSTOP) across the kill and resumed (SIGCONT) once the outage has been observed;
 * it then sees its postmaster's death and restarts it on its own.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { get, isAlive, parentOf, signal, startServer, waitFor, type Answer, type RunningServer } from './support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ workers: 1 });
});
afterAll(() => server?.stop());

const DATABASE_ENDPOINT = '/api/v1/concerts';

function expectUnavailable(answer: Answer) {
  expect(answer.status, answer.text).toBe(503);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(answer.body).toMatchObject({ type: 'about:blank', status: 503, code: 'SERVICE_UNAVAILABLE' });
}

test('while PostgreSQL is down the API answers 503 with Retry-After; it comes back by itself with no app restart', async () => {
  for (const path of [DATABASE_ENDPOINT, '/api/v1/health', '/api/v1/health/ready', '/api/v1/health/live']) {
    expect((await get(server.baseUrl, path)).status, path).toBe(200);
  }
  const supervisor = server.supervisorPid();
  const workers = server.workerPids();
  const postmaster = server.postmasterPid()!;
  expect(postmaster).toBeGreaterThan(0);
  const wrapper = parentOf(postmaster);

  expect(signal(wrapper, 'SIGSTOP')).toBe(true);
  try {
    expect(signal(postmaster, 'SIGKILL')).toBe(true);
    await waitFor('the postmaster to die', () => !isAlive(postmaster), { timeoutMs: 5_000 });

    // Several times: the first may meet a pooled connection that PostgreSQL's death cut.
    for (let i = 0; i < 3; i++) {
      const answer = await get(server.baseUrl, DATABASE_ENDPOINT, { timeoutMs: 5_000 });
      expectUnavailable(answer);
      expect(answer.ms).toBeLessThan(5_000);
    }
    for (const path of ['/api/v1/health', '/api/v1/health/ready'])
      expectUnavailable(await get(server.baseUrl, path, { timeoutMs: 5_000 }));
    expect((await get(server.baseUrl, '/api/v1/health/live', { timeoutMs: 5_000 })).status).toBe(200);
  } finally {
    signal(wrapper, 'SIGCONT');
  }

  // Back within 10 s; meanwhile every answer is a 200 or a prompt 503, nothing else.
  const resumedAt = Date.now();
  const answers: Answer[] = [];
  await waitFor(
    `${DATABASE_ENDPOINT} to answer 200 again`,
    async () => {
      const answer = await get(server.baseUrl, DATABASE_ENDPOINT, { timeoutMs: 5_000 });
      answers.push(answer);
      return answer.status === 200;
    },
    { timeoutMs: 10_000, intervalMs: 100 },
  );
  console.log(
    '[postgres-kill]',
    JSON.stringify({ backAfterMs: Date.now() - resumedAt, answersWhileRestarting: answers.map((a) => a.status) }),
  );
  const errors = server.output.split('\n').filter((line) => line.includes('"level":"error"'));
  expect(errors.join('\n'), 'errors the server logged').toBe('');
  for (const answer of answers.filter((a) => a.status !== 200)) expectUnavailable(answer);
  expect(server.postmasterPid()).not.toBe(postmaster);
  await waitFor('readiness', async () => (await get(server.baseUrl, '/api/v1/health/ready')).status === 200, {
    timeoutMs: 5_000,
  });

  // The same app processes: only PostgreSQL restarted.
  expect(server.supervisorPid()).toBe(supervisor);
  expect(server.workerPids()).toEqual(workers);
  expect(server.diedWorkers()).toEqual([]);

  const stopAt = Date.now();
  server.child.kill('SIGTERM');
  const exit = await server.waitForExit(5_000);
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(exit.at - stopAt).toBeLessThan(5_000);
  expect(server.postgresProcesses()).toEqual([]);
});
