/**
 * S3, seat contention: admitted users race for the few seats of one date, about
 * contenders / seats of them for each seat. Exactly one hold per seat may win.
 *
 * Two races, each for a date of its own. The first comes as a flash crowd meets the seat map
 * in a sale: the contenders were admitted from the waiting room, whose last poll each of them
 * made over the keep-alive connection the race then uses (the row the target reads). The
 * second is the same race on connections opened when it starts, by contenders the server has
 * not seen: Node's cluster hands new connections to the workers one at a time, each waiting for
 * the worker to take the last, so a burst of them reaches the workers over tens of
 * milliseconds (bench/README.md, "The seat race's first hundred milliseconds").
 */
import { check, measure, shuffled, type BenchContext, type Check, type ResultRow, type ScenarioResult } from '../lib/context';
import { closedLoop, LoadClient } from '../lib/load';
import { createConcert, insertTokens } from '../lib/seed';
import { Recorder } from '../lib/stats';

export async function seatContention(ctx: BenchContext): Promise<ScenarioResult> {
  // The target's race first, so that it finds the hold's code and connections no warmer.
  const warm = await race(ctx, { key: 's3', label: 'from the waiting room', fromWaitingRoom: true });
  const cold = await race(ctx, { key: 's3.new-connections', label: 'new connections, unseen tokens', fromWaitingRoom: false });
  return { rows: [warm.row, cold.row], checks: [...warm.checks, ...cold.checks], notes: [] };
}

async function race(
  ctx: BenchContext,
  options: { key: string; label: string; fromWaitingRoom: boolean },
): Promise<{ row: ResultRow; checks: Check[] }> {
  const { contenders, seats } = ctx.options;
  const connections = ctx.options['contention-connections'];
  const name = `S3 seat contention, ${options.label}`;
  const concert = await createConcert(ctx.pool, { title: name, activeLimit: contenders, dates: 1, seats });
  const [schedule] = concert.schedules;
  const users = ctx.users.slice(0, contenders);
  const tokens = await insertTokens(
    ctx.pool,
    concert.id,
    users.map((u) => ({ userId: u.id, status: 'ACTIVE' as const })),
  );
  const attempts = shuffled(users.map((user, i) => ({ user, token: tokens[i], seatId: schedule.seatIds[i % seats] })));

  const client = new LoadClient(ctx.server.baseUrl, connections);
  const checks: Check[] = [];
  if (options.fromWaitingRoom) {
    // Each contender's last poll of the waiting room, the one that showed it ACTIVE.
    let active = 0;
    const polls = new Recorder();
    await closedLoop({
      workers: connections,
      jobs: users.entries(),
      deadlineMs: 60_000,
      run: async ([i, user]) => {
        const answer = await client.send(
          { method: 'GET', path: '/api/v1/queue/tokens/current', headers: { cookie: user.cookie, 'x-queue-token': tokens[i] } },
          polls,
          { expected: (status) => status === 200, json: true },
        );
        if (answer?.body?.status === 'ACTIVE') active++;
      },
    });
    checks.push(check(`${name}: every contender polled ACTIVE first`, active === contenders, `${active} of ${contenders}`));
  }

  let won = 0;
  const row = await measure(ctx, options.key, `${name} (${contenders.toLocaleString('en')} for ${seats} seats)`, (recorder) =>
    closedLoop({
      workers: connections,
      jobs: attempts.values(),
      deadlineMs: 120_000,
      run: async ({ user, token, seatId }) => {
        const answer = await client.send(
          {
            method: 'POST',
            path: '/api/v1/reservations',
            headers: { cookie: user.cookie, 'x-queue-token': token },
            body: { seatId },
          },
          recorder,
          { expected: (status) => status === 201 || status === 409 },
        );
        if (answer?.status === 201) won++;
      },
    }),
  );
  client.close();

  const {
    rows: [held],
  } = await ctx.pool.query<{ holds: number; seats: number; heldSeats: number }>(
    `SELECT (SELECT count(*)::int FROM "Reservation" WHERE "scheduleId" = $1 AND status = 'HELD') AS holds,
            (SELECT count(DISTINCT "seatId")::int FROM "Reservation" WHERE "scheduleId" = $1 AND status = 'HELD') AS seats,
            (SELECT count(*)::int FROM "Seat" WHERE "scheduleId" = $1 AND status = 'HELD') AS "heldSeats"`,
    [schedule.id],
  );
  checks.push(
    check(
      `${name}: exactly ${seats} winners`,
      won === seats,
      `${won} holds answered 201, ${row.statuses['409'] ?? 0} answered 409`,
    ),
    check(
      `${name}: every seat held once`,
      held.holds === seats && held.seats === seats && held.heldSeats === seats,
      `${held.holds} HELD reservations on ${held.seats} distinct seats; ${held.heldSeats} seats HELD`,
    ),
  );
  return { row, checks };
}
