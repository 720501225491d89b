/**
 * SIGTERM to one worker while 50 clients charge wallets: the worker stops taking connections,
 * finishes what it has in flight and exits 0; the supervisor replaces it.
 *
 * What each client sees: an answer to every request it got an answer to is the truth (2xx,
 * and never a 5xx). A request cut without an answer (a keep-alive connection the draining
 * worker closed, a reset) is retried with the same Idempotency-Key until it is answered, and
 * the database then holds every charge exactly once: its CHARGE rows are exactly the
 * acknowledged transactions, and each balance is the sum of what was acknowledged.
 */
import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  ConnectionError,
  request,
  signal,
  signIn,
  sleep,
  startServer,
  waitFor,
  type CookieJar,
  type RunningServer,
} from './support/server';

const USERS = 10;
const CLIENTS_PER_USER = 5;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ workers: 2 });
});
afterAll(() => server?.stop());

interface Ack {
  userId: string;
  key: string;
  amount: number;
  transactionId: string;
  started: number;
  replayed: boolean;
}

test('a worker stopped with SIGTERM under 50 writing clients loses no acknowledged charge and answers no 5xx', async () => {
  const users: { id: string; cookies: CookieJar }[] = [];
  for (let i = 0; i < USERS; i += 5) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(5, USERS - i) }, (_, j) =>
        signIn(server.baseUrl, `drain-${i + j}-${Date.now()}@test.encore`),
      ),
    );
    users.push(...batch.map(({ cookies, user }) => ({ id: user.id, cookies })));
  }

  const acks: Ack[] = [];
  const badAnswers: { status: number; text: string }[] = [];
  let connectionErrors = 0;
  let running = true;

  /** One client: charges in a loop on its own keep-alive connection, retrying a cut request. */
  async function client(index: number) {
    const user = users[index % USERS];
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let n = 0; running; n++) {
      const key = `drain-${index}-${n}`;
      const amount = 1_000 + index;
      const started = Date.now();
      for (let attempt = 0; ; attempt++) {
        if (attempt >= 50) throw new Error(`charge ${key} got no answer in 50 attempts`);
        try {
          const answer = await request(server.baseUrl, '/api/v1/wallet/charges', {
            method: 'POST',
            body: { amount },
            headers: { 'idempotency-key': key },
            cookies: user.cookies,
            agent,
            timeoutMs: 15_000,
          });
          if (answer.status === 201) {
            const body = answer.body as { transaction: { id: string; amount: number } };
            acks.push({
              userId: user.id,
              key,
              amount,
              transactionId: body.transaction.id,
              started,
              replayed: answer.headers['idempotent-replayed'] === 'true',
            });
            break;
          }
          badAnswers.push({ status: answer.status, text: answer.text });
          if (answer.status < 500) break;
        } catch (error) {
          if (!(error instanceof ConnectionError)) throw error;
          connectionErrors++;
        }
        await sleep(50);
      }
    }
    agent.destroy();
  }

  const clients = Array.from({ length: USERS * CLIENTS_PER_USER }, (_, i) => client(i));
  const acksSince = (at: number) => acks.filter((a) => a.started >= at).length;
  await waitFor('150 charges before the SIGTERM', () => acks.length >= 150, { timeoutMs: 60_000 });

  const before = server.readyWorkers();
  const [victim] = before;
  const termAt = Date.now();
  expect(signal(victim, 'SIGTERM')).toBe(true);
  await server.waitForOutput(new RegExp(`worker ${victim} died \\(exit code 0\\)`), 20_000);
  const exitedAt = Date.now();
  const [replacement] = await server.waitForNewWorkers(before, 1, 60_000);
  const replacedAt = Date.now();
  await waitFor('150 charges after the replacement', () => acksSince(replacedAt) >= 150, { timeoutMs: 60_000 });
  running = false;
  await Promise.all(clients);

  console.log(
    '[graceful-drain]',
    JSON.stringify({
      acknowledged: acks.length,
      replayedAfterRetry: acks.filter((a) => a.replayed).length,
      connectionErrors,
      badAnswers: badAnswers.length,
      victimExitMsAfterSigterm: exitedAt - termAt,
      replacementReadyMsAfterSigterm: replacedAt - termAt,
      replacement,
    }),
  );
  expect(badAnswers).toEqual([]);
  expect(new Set(acks.map((a) => a.key)).size).toBe(acks.length);
  expect(new Set(acks.map((a) => a.transactionId)).size).toBe(acks.length);

  const db = new pg.Client({ connectionString: server.databaseUrl() });
  await db.connect();
  try {
    const ids = users.map((u) => u.id);
    const { rows: charges } = await db.query<{ id: string; userId: string; amount: number }>(
      `SELECT id::text, "userId"::text AS "userId", amount FROM "WalletTransaction" WHERE type = 'CHARGE' AND "userId" = ANY($1::uuid[])`,
      [ids],
    );
    // Exactly the acknowledged charges: none lost, none doubled by a retry.
    expect(charges.map((c) => c.id).sort()).toEqual(acks.map((a) => a.transactionId).sort());
    const { rows: balances } = await db.query<{ id: string; balance: number }>(
      `SELECT id::text, balance FROM "User" WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const { id, balance } of balances) {
      expect(balance).toBe(acks.filter((a) => a.userId === id).reduce((sum, a) => sum + a.amount, 0));
    }
  } finally {
    await db.end();
  }
});
