/**
 * A few purchases, a small seat race and polls before anything is measured: Next.js loads each
 * route's code on its first request and V8 compiles hot paths after a while, neither of which a
 * flash crowd several minutes into a sale would meet. The race warms the refusals too (409s),
 * which are most of S3's answers and none of a purchase's.
 */
import { closedLoop, LoadClient } from './load';
import { createConcert, insertTokens } from './seed';
import { Recorder } from './stats';
import type { BenchContext, SignedInUser } from './context';
import { buy } from '../scenarios/s4-purchase-flow';

export async function warmUp(ctx: BenchContext, users: SignedInUser[]) {
  const client = new LoadClient(ctx.server.baseUrl, 10);
  const recorder = new Recorder();
  const send = (request: Parameters<LoadClient['send']>[0], expected: number[]) =>
    client.send(request, recorder, { expected: (s) => expected.includes(s), json: true });

  const shop = await createConcert(ctx.pool, { title: 'Warm-up', activeLimit: users.length, dates: 2, seats: users.length * 2 });
  await closedLoop({
    workers: 10,
    jobs: users.values(),
    deadlineMs: 60_000,
    run: async (u) => void (await buy(u, shop.id, send, Date.now() + 30_000)),
  });

  const race = await createConcert(ctx.pool, { title: 'Warm-up race', activeLimit: users.length, dates: 1, seats: 10 });
  const passes = await insertTokens(
    ctx.pool,
    race.id,
    users.map((u) => ({ userId: u.id, status: 'ACTIVE' as const })),
  );
  const attempts = Array.from({ length: 500 }, (_, i) => i);
  await closedLoop({
    workers: 10,
    jobs: attempts.values(),
    deadlineMs: 60_000,
    run: async (i) =>
      void (await send(
        {
          method: 'POST',
          path: '/api/v1/reservations',
          headers: { cookie: users[i % users.length].cookie, 'x-queue-token': passes[i % users.length] },
          body: { seatId: race.schedules[0].seatIds[i % 10] },
        },
        [201, 409],
      )),
  });

  const line = await createConcert(ctx.pool, { title: 'Warm-up line', activeLimit: 1, paused: true, dates: 1, seats: 1 });
  const tokens = await insertTokens(
    ctx.pool,
    line.id,
    users.map((u) => ({ userId: u.id, status: 'WAITING' as const })),
  );
  const polls = Array.from({ length: 1_000 }, (_, i) => i % users.length);
  await closedLoop({
    workers: 10,
    jobs: polls.values(),
    deadlineMs: 60_000,
    run: async (i) =>
      void (await send(
        { method: 'GET', path: '/api/v1/queue/tokens/current', headers: { cookie: users[i].cookie, 'x-queue-token': tokens[i] } },
        [200],
      )),
  });
  client.close();
  if (recorder.errors) throw new Error(`the warm-up met ${recorder.errors} unexpected answers, e.g. ${recorder.samples[0]}`);
  ctx.log(`warmed up with ${recorder.requests} requests`);
}
