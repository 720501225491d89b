/**
 * S5, the charge storm: concurrent wallet charges, first spread across many users, then all to
 * one wallet (every charge contends for the same row). Every accepted charge must count, and
 * every balance must equal its ledger.
 */
import { check, cycle, measure, type BenchContext, type ScenarioResult, type SignedInUser } from '../lib/context';
import { checkLedger } from '../lib/ledger';
import { closedLoop, LoadClient } from '../lib/load';
import type { Recorder } from '../lib/stats';
import { describeCapacity, findCapacity } from '../lib/capacity';

const AMOUNT = 1_000;
const SPREAD_USERS = 1_000;

export async function chargeStorm(ctx: BenchContext): Promise<ScenarioResult> {
  const { charges, connections } = ctx.options;
  const client = new LoadClient(ctx.server.baseUrl, connections);
  const charge = (user: SignedInUser, recorder: Recorder) =>
    client.send(
      { method: 'POST', path: '/api/v1/wallet/charges', headers: { cookie: user.cookie }, body: { amount: AMOUNT } },
      recorder,
      {
        expected: (status) => status === 201,
      },
    );

  const spread = ctx.users.slice(0, Math.min(SPREAD_USERS, ctx.users.length));
  const jobs = (count: number, users: SignedInUser[]) => {
    const next = cycle(users);
    return Array.from({ length: count }, () => next.next().value as SignedInUser).values();
  };
  const across = await measure(ctx, 's5.across', `S5 charges across ${spread.length.toLocaleString('en')} users`, (recorder) =>
    closedLoop({
      workers: connections,
      jobs: jobs(charges, spread),
      deadlineMs: 120_000,
      run: async (u) => void (await charge(u, recorder)),
    }),
  );

  const capacity = await findCapacity({
    maxRate: Infinity,
    connections,
    job: async () => (i) => async (recorder, dueAt) =>
      void (await client.send(
        {
          method: 'POST',
          path: '/api/v1/wallet/charges',
          headers: { cookie: spread[i % spread.length].cookie },
          body: { amount: AMOUNT },
        },
        recorder,
        { expected: (status) => status === 201, startedAt: dueAt },
      )),
  });
  across.capacity = capacity.capacity;

  const [wallet] = ctx.users;
  const before = await balance(ctx, wallet.id);
  let accepted = 0;
  const one = await measure(ctx, 's5.one', 'S5 charges to one wallet', (recorder) =>
    closedLoop({
      workers: connections,
      jobs: jobs(charges, [wallet]),
      deadlineMs: 120_000,
      run: async (u) => {
        if ((await charge(u, recorder))?.status === 201) accepted++;
      },
    }),
  );
  client.close();
  const after = await balance(ctx, wallet.id);

  return {
    rows: [across, one],
    checks: [
      check(
        'S5 every accepted charge counted',
        after - before === accepted * AMOUNT,
        `balance rose ${after - before} won for ${accepted} charges of ${AMOUNT}`,
      ),
      await checkLedger(ctx.pool, 'S5'),
    ],
    notes: [describeCapacity('S5 charges across users', capacity)],
  };
}

async function balance(ctx: BenchContext, userId: string): Promise<number> {
  const { rows } = await ctx.pool.query<{ balance: number }>(`SELECT balance FROM "User" WHERE id = $1`, [userId]);
  return rows[0].balance;
}
