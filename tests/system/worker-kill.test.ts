/**
 * kill -9 of one app worker while clients keep asking: the other worker answers throughout,
 * the supervisor replaces the dead one, and SIGTERM still stops everything cleanly.
 *
 * What may fail, precisely: only requests that started before the supervisor logged the
 * worker's death (the connections the kernel had already handed to the killed worker, at most
 * one per client). Every request started after that line must be answered 200.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ConnectionError, get, signal, startServer, waitFor, type RunningServer } from './support/server';

const CLIENTS = 4;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ workers: 2 });
});
afterAll(() => server?.stop());

interface Sample {
  started: number;
  ended: number;
  status?: number;
  error?: string;
}

/** CLIENTS loops of GET /api/v1/concerts, each on a fresh connection, until stopped. */
function stream(baseUrl: string) {
  const samples: Sample[] = [];
  let running = true;
  const loops = Array.from({ length: CLIENTS }, async () => {
    while (running) {
      const started = Date.now();
      try {
        const answer = await get(baseUrl, '/api/v1/concerts', { timeoutMs: 5_000 });
        samples.push({ started, ended: Date.now(), status: answer.status });
      } catch (error) {
        if (!(error instanceof ConnectionError)) throw error;
        samples.push({ started, ended: Date.now(), error: error.code });
      }
    }
  });
  return {
    samples,
    okSince: (at: number) => samples.filter((s) => s.started >= at && s.status === 200).length,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

test('a worker killed with SIGKILL is replaced while the other keeps answering; SIGTERM then stops all in time', async () => {
  const [victim, survivor] = server.readyWorkers();
  const load = stream(server.baseUrl);
  await waitFor('20 answers before the kill', () => load.okSince(0) >= 20, { timeoutMs: 30_000 });

  const killedAt = Date.now();
  expect(signal(victim, 'SIGKILL')).toBe(true);
  await server.waitForOutput(new RegExp(`worker ${victim} died \\(SIGKILL\\)`), 10_000);
  const deathSeen = Date.now();
  const [replacement] = await server.waitForNewWorkers([victim, survivor], 1, 60_000);
  const replacedAt = Date.now();
  // Keep asking for a while with both workers up again.
  await waitFor('40 answers after the replacement', () => load.okSince(replacedAt) >= 40, { timeoutMs: 30_000 });
  await load.stop();

  const failed = load.samples.filter((s) => s.status !== 200);
  const summary = {
    requests: load.samples.length,
    failed: failed.map((s) => ({ startedMsAfterKill: s.started - killedAt, status: s.status, error: s.error })),
    deathSeenMsAfterKill: deathSeen - killedAt,
    replacementReadyMsAfterKill: replacedAt - killedAt,
  };
  console.log('[worker-kill]', JSON.stringify(summary));

  // No answer other than 200 and no error for anything started once the death was known.
  expect(load.samples.filter((s) => s.started >= deathSeen && s.status !== 200)).toEqual([]);
  // Before that, only connection errors, at most one in flight per client, none before the kill.
  expect(failed.every((s) => s.error !== undefined && s.started >= killedAt - 5_000 && s.started < deathSeen)).toBe(true);
  expect(failed.length).toBeLessThanOrEqual(CLIENTS);
  // The survivor answered while the replacement was starting.
  expect(load.samples.filter((s) => s.started >= deathSeen && s.ended <= replacedAt && s.status === 200).length).toBeGreaterThan(
    0,
  );
  expect(server.workerPids().sort()).toEqual([survivor, replacement].sort());

  // Graceful stop of the whole tree: exit 0 within 10 s, PostgreSQL stopped, nothing left.
  const stopAt = Date.now();
  server.child.kill('SIGTERM');
  const exit = await server.waitForExit(10_000);
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(exit.at - stopAt).toBeLessThan(10_000);
  expect(server.postgresProcesses()).toEqual([]);
  await waitFor('no process of the server left', () => server.groupProcesses().length === 0, { timeoutMs: 5_000 });
});
