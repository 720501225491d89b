/**
 * S6, the floor: the poll's queries and the hold's statements sent straight over `pg`, with
 * as many connections as the server's pool, no HTTP, no ORM, no session; and the same poll
 * over HTTP without a session, refused before any query, which is what HTTP, the API dispatcher and the
 * route wrapper cost alone. Set against S2 and S3, it shows what each layer costs.
 */
import pg from 'pg';
import { check, cycle, measure, shuffled, type BenchContext, type ScenarioResult } from '../lib/context';
import { closedLoop, LoadClient } from '../lib/load';
import { createConcert } from '../lib/seed';
import type { Recorder } from '../lib/stats';
import { buildLine } from './s2-polling';

const SERVER_POOL_DEFAULT = 20;
const HOLD_SECONDS = 300;

export async function floor(ctx: BenchContext): Promise<ScenarioResult> {
  const connections = ctx.options.pool || SERVER_POOL_DEFAULT;
  const pool = new pg.Pool({ connectionString: ctx.pool.options.connectionString, max: connections });
  try {
    const http = await httpFloor(ctx);
    const poll = await pollFloor(ctx, pool, connections);
    const hold = await holdFloor(ctx, pool, connections);
    return { rows: [http, ...poll.rows, ...hold.rows], checks: hold.checks, notes: poll.notes };
  } finally {
    await pool.end();
  }
}

/** A poll without a session: the dispatcher routes it and the route wrapper answers 401 before any query. */
async function httpFloor(ctx: BenchContext) {
  const client = new LoadClient(ctx.server.baseUrl, ctx.options.connections);
  try {
    return await measure(
      ctx,
      's6.http',
      'S6 floor: HTTP, dispatcher and route wrapper alone (poll refused 401, no query)',
      (recorder) =>
        closedLoop({
          workers: ctx.options.connections,
          jobs: cycle([0]),
          deadlineMs: ctx.options.duration * 1000,
          run: async () =>
            void (await client.send({ method: 'GET', path: '/api/v1/queue/tokens/current' }, recorder, {
              expected: (status) => status === 401,
            })),
        }),
    );
  } finally {
    client.close();
  }
}

/** What a poll asks PostgreSQL: the token by its value, then the count of the line ahead of it. */
async function pollFloor(ctx: BenchContext, pool: pg.Pool, connections: number): Promise<ScenarioResult> {
  const lineLength = ctx.options['waiting-large'];
  const { pollers, concertId } = await buildLine(ctx, lineLength, 'S6');
  const timed = async <T>(recorder: Recorder, work: () => Promise<T>) => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      recorder.record(performance.now() - started, 200, null);
    }
  };
  const row = await measure(
    ctx,
    's6.poll',
    `S6 floor: poll queries over pg, ${lineLength.toLocaleString('en')} waiting`,
    (recorder) =>
      closedLoop({
        workers: connections,
        jobs: cycle(pollers),
        deadlineMs: ctx.options.duration * 1000,
        run: (poller) =>
          timed(recorder, async () => {
            const { rows } = await pool.query<{ concertId: string; seq: string }>(`SELECT * FROM "QueueToken" WHERE token = $1`, [
              poller.token,
            ]);
            await pool.query(
              `SELECT count(*)::int AS ahead FROM "QueueToken" WHERE "concertId" = $1::uuid AND status = 'WAITING' AND seq < $2`,
              [rows[0].concertId, rows[0].seq],
            );
          }),
      }),
  );

  const started = performance.now();
  const { rows } = await pool.query<{ seqs: string }>(
    `SELECT string_agg(seq::text, ',' ORDER BY seq) AS seqs FROM "QueueToken" WHERE "concertId" = $1 AND status = 'WAITING'`,
    [concertId],
  );
  const seqs = rows[0].seqs.split(',').map(Number);
  const snapshotMs = performance.now() - started;
  return {
    rows: [row],
    checks: [],
    notes: [
      `S6: reading the whole line of ${seqs.length.toLocaleString('en')} waiting seqs in one query takes ${snapshotMs.toFixed(1)} ms`,
    ],
  };
}

/** The hold's race decided by its conditional UPDATE: alone, then inside the hold's whole database call. */
async function holdFloor(ctx: BenchContext, pool: pg.Pool, connections: number): Promise<ScenarioResult> {
  const { contenders, seats } = ctx.options;
  const concert = await createConcert(ctx.pool, { title: 'S6 hold floor', activeLimit: 1, dates: 2, seats });
  const [alone, inTransaction] = concert.schedules;
  const attempts = (seatIds: string[]) =>
    shuffled(ctx.users.slice(0, contenders).map((user, i) => ({ userId: user.id, seatId: seatIds[i % seats] })));

  let statementWins = 0;
  const statement = await measure(
    ctx,
    's6.hold-statement',
    `S6 floor: hold statement over pg (${contenders.toLocaleString('en')} for ${seats} seats)`,
    (recorder) =>
      closedLoop({
        workers: connections,
        jobs: attempts(alone.seatIds).values(),
        deadlineMs: 120_000,
        run: async ({ seatId }) => {
          const started = performance.now();
          const now = new Date();
          const { rowCount } = await pool.query(
            `UPDATE "Seat" SET status = 'HELD', "heldUntil" = $2
           WHERE id = $1::uuid AND (status = 'AVAILABLE' OR (status = 'HELD' AND "heldUntil" <= $3))`,
            [seatId, new Date(now.getTime() + HOLD_SECONDS * 1000), now],
          );
          recorder.record(performance.now() - started, rowCount ? 201 : 409, null);
          if (rowCount) statementWins++;
        },
      }),
  );

  let transactionWins = 0;
  const transaction = await measure(ctx, 's6.hold-transaction', 'S6 floor: hold_seat call over pg (same race)', (recorder) =>
    closedLoop({
      workers: connections,
      jobs: attempts(inTransaction.seatIds).values(),
      deadlineMs: 120_000,
      run: async ({ userId, seatId }) => {
        const started = performance.now();
        const won = await holdCall(pool, userId, seatId, concert.id);
        recorder.record(performance.now() - started, won ? 201 : 409, null);
        if (won) transactionWins++;
      },
    }),
  );

  return {
    rows: [statement, transaction],
    checks: [
      check(`S6 hold statement: exactly ${seats} winners`, statementWins === seats, `${statementWins} rows changed`),
      check(`S6 hold_seat call: exactly ${seats} winners`, transactionWins === seats, `${transactionWins} holds committed`),
    ],
    notes: [],
  };
}

/** holdSeat's database call (lib/core/booking/hold-seat.ts): hold_seat, its locks and rules in one statement. */
async function holdCall(pool: pg.Pool, userId: string, seatId: string, concertId: string) {
  const now = new Date();
  const {
    rows: [{ outcome }],
  } = await pool.query<{ outcome: string }>(`SELECT outcome FROM hold_seat($1::uuid, $2::uuid, $3, $4, $5::uuid, 4)`, [
    userId,
    seatId,
    now,
    new Date(now.getTime() + HOLD_SECONDS * 1000),
    concertId,
  ]);
  return outcome === 'held';
}
