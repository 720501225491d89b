/**
 * Workers that keep dying (here: kill -9 of every worker, over and over, as a crash at start
 * would) make the supervisor give up after 5 deaths in 60 s. It must then exit non-zero
 * promptly and stop PostgreSQL: an orchestrator restarts a process that exits, never one that
 * hangs. The kills come one at a time, each after the previous death was logged, so when the
 * supervisor gives up a replacement worker is typically still starting: one that has not yet
 * listened for the supervisor's word to stop.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signal, startServer, waitFor, type RunningServer } from './support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ workers: 2 });
});
afterAll(() => server?.stop());

test('after 5 worker deaths in a minute the supervisor exits non-zero within 10 s and leaves no PostgreSQL', async () => {
  const killed: number[] = [];
  let startingAtGiveUp: number[] = [];
  while (killed.length < 5) {
    // Every worker process there is now, ready or still starting.
    const workers = await waitFor(
      'a worker process to kill',
      () => {
        const pids = server.workerPids().filter((pid) => !killed.includes(pid));
        return pids.length > 0 ? pids : null;
      },
      { timeoutMs: 10_000 },
    );
    for (const pid of workers.slice(0, 5 - killed.length)) {
      if (killed.length === 4)
        startingAtGiveUp = server.workerPids().filter((p) => p !== pid && !server.readyWorkers().includes(p));
      expect(signal(pid, 'SIGKILL')).toBe(true);
      killed.push(pid);
      await server.waitForOutput(new RegExp(`worker ${pid} died`), 10_000);
    }
  }
  await server.waitForOutput(/5 workers died within 60 s: giving up/, 5_000);
  const gaveUpAt = Date.now();
  console.log('[crash-loop]', JSON.stringify({ killed, workersStillStartingAtGiveUp: startingAtGiveUp }));

  const exit = await server.waitForExit(10_000);
  expect(exit.code).not.toBe(0);
  expect(exit.code).not.toBeNull();
  expect(exit.at - gaveUpAt).toBeLessThan(10_000);
  expect(server.postgresProcesses()).toEqual([]);
  await waitFor('no process of the server left', () => server.groupProcesses().length === 0, { timeoutMs: 5_000 });
});
