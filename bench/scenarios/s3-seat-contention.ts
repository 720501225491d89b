/**
 * S3, seat contention: admitted users race for the few seats of one date, about
 * contenders / seats of them for each seat. Exactly one hold per seat may win.
 */
import { check, measure, shuffled, type BenchContext, type ScenarioResult } from '../lib/context';
import { closedLoop, LoadClient } from '../lib/load';
import { createConcert, insertTokens } from '../lib/seed';

export async function seatContention(ctx: BenchContext): Promise<ScenarioResult> {
  const { contenders, seats } = ctx.options;
  const connections = ctx.options['contention-connections'];
  const concert = await createConcert(ctx.pool, { title: 'S3 seat contention', activeLimit: contenders, dates: 1, seats });
  const [schedule] = concert.schedules;
  const users = ctx.users.slice(0, contenders);
  const tokens = await insertTokens(
    ctx.pool,
    concert.id,
    users.map((u) => ({ userId: u.id, status: 'ACTIVE' as const })),
  );
  const attempts = shuffled(users.map((user, i) => ({ user, token: tokens[i], seatId: schedule.seatIds[i % seats] })));

  const client = new LoadClient(ctx.server.baseUrl, connections);
  let won = 0;
  const row = await measure(ctx, 's3', `S3 seat contention (${contenders.toLocaleString('en')} for ${seats} seats)`, (recorder) =>
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
  return {
    rows: [row],
    checks: [
      check(`S3 exactly ${seats} winners`, won === seats, `${won} holds answered 201, ${row.statuses['409'] ?? 0} answered 409`),
      check(
        'S3 every seat held once',
        held.holds === seats && held.seats === seats && held.heldSeats === seats,
        `${held.holds} HELD reservations on ${held.seats} distinct seats; ${held.heldSeats} seats HELD`,
      ),
    ],
    notes: [],
  };
}
