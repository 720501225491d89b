/**
 * S1, the join storm: every user joins one concert's line at once. The line must come out
 * whole: one token per user, exactly activeLimit admitted, and they the first in line.
 */
import { check, measure, shuffled, type BenchContext, type ScenarioResult } from '../lib/context';
import { closedLoop, LoadClient } from '../lib/load';
import { createConcert } from '../lib/seed';
import { describeCapacity, findCapacity } from '../lib/capacity';

export async function joinStorm(ctx: BenchContext): Promise<ScenarioResult> {
  const { users: count, connections, 'active-limit': activeLimit } = ctx.options;
  const concert = await createConcert(ctx.pool, { title: 'S1 join storm', activeLimit, dates: 1, seats: 10 });
  const joiners = shuffled(ctx.users.slice(0, count));
  const client = new LoadClient(ctx.server.baseUrl, connections);

  const row = await measure(ctx, 's1', `S1 join storm (${count.toLocaleString('en')} users)`, (recorder) =>
    closedLoop({
      workers: connections,
      jobs: joiners.values(),
      deadlineMs: 180_000,
      run: async (user) => {
        await client.send(
          { method: 'POST', path: '/api/v1/queue/tokens', headers: { cookie: user.cookie }, body: { concertId: concert.id } },
          recorder,
          { expected: (status) => status === 201 },
        );
      },
    }),
  );

  // Capacity: each step a fresh concert (no limit on who may join), so the same users join again.
  const capacity = await findCapacity({
    maxRate: Math.floor(ctx.users.length / 4),
    connections,
    job: async (rate) => {
      const fresh = await createConcert(ctx.pool, { title: `S1 capacity ${rate}/s`, activeLimit, dates: 1, seats: 10 });
      return (i) => async (recorder, dueAt) =>
        void (await client.send(
          {
            method: 'POST',
            path: '/api/v1/queue/tokens',
            headers: { cookie: ctx.users[i % ctx.users.length].cookie },
            body: { concertId: fresh.id },
          },
          recorder,
          { expected: (status) => status === 201, startedAt: dueAt },
        ));
    },
  });
  row.capacity = capacity.capacity;
  client.close();

  const {
    rows: [line],
  } = await ctx.pool.query<{ tokens: number; users: number; active: number; lastActive: string; firstWaiting: string }>(
    `SELECT count(*)::int AS tokens, count(DISTINCT "userId")::int AS users,
            count(*) FILTER (WHERE status = 'ACTIVE' AND "activeUntil" > now())::int AS active,
            max(seq) FILTER (WHERE status = 'ACTIVE')::text AS "lastActive",
            min(seq) FILTER (WHERE status = 'WAITING')::text AS "firstWaiting"
     FROM "QueueToken" WHERE "concertId" = $1`,
    [concert.id],
  );
  const expectedActive = Math.min(activeLimit, count);
  return {
    rows: [row],
    checks: [
      check(
        'S1 one token per user',
        line.tokens === count && line.users === count,
        `${line.tokens} tokens of ${line.users} users for ${count} joins`,
      ),
      check('S1 exactly activeLimit ACTIVE', line.active === expectedActive, `${line.active} ACTIVE, activeLimit ${activeLimit}`),
      check(
        'S1 first come, first admitted',
        line.firstWaiting === null || line.lastActive === null || BigInt(line.lastActive) < BigInt(line.firstWaiting),
        `last ACTIVE seq ${line.lastActive}, first WAITING seq ${line.firstWaiting}`,
      ),
    ],
    notes: [describeCapacity('S1 joins', capacity)],
  };
}
