/**
 * S2, the waiting room's steady load: WAITING tokens polling for their place. Measured twice
 * per line: the most the server answers (closed loop) and the latency at a fixed offered rate.
 * The long line spreads the polled tokens through it, so positions run up to the very back.
 * Queues are paused, so nobody is admitted and every position must come out exact.
 */
import { Recorder } from '../lib/stats';
import {
  check,
  cycle,
  measure,
  type BenchContext,
  type Check,
  type ResultRow,
  type ScenarioResult,
  type SignedInUser,
} from '../lib/context';
import { closedLoop, fixedRate, LoadClient } from '../lib/load';
import { describeCapacity, findCapacity } from '../lib/capacity';
import { createConcert, insertTokens, type TokenRow } from '../lib/seed';

export interface Poller {
  user: SignedInUser;
  token: string;
}

const SAMPLE = 200;

export async function polling(ctx: BenchContext): Promise<ScenarioResult> {
  const small = await pollLine(ctx, ctx.options.waiting, 'small');
  const large = await pollLine(ctx, ctx.options['waiting-large'], 'large');
  return {
    rows: [...small.rows, ...large.rows],
    checks: [...small.checks, ...large.checks],
    notes: [...small.notes, ...large.notes],
  };
}

/**
 * A paused line of `lineLength` WAITING tokens in which the first `waiting` users' tokens stand
 * at the back of `waiting` equal stretches, so their positions run evenly up to the very back.
 */
export async function buildLine(
  ctx: BenchContext,
  lineLength: number,
  label: string,
): Promise<{ concertId: string; pollers: Poller[] }> {
  const { waiting } = ctx.options;
  const concert = await createConcert(ctx.pool, {
    title: `${label} line of ${lineLength}`,
    activeLimit: 1,
    paused: true,
    dates: 1,
    seats: 10,
  });
  const slots = Array.from({ length: waiting }, (_, j) => Math.floor(((j + 1) * lineLength) / waiting) - 1);
  const polledAt = new Set(slots);
  const rows: TokenRow[] = [];
  let polledIndex = 0;
  let fillerIndex = 0;
  for (let i = 0; i < lineLength; i++) {
    const user = polledAt.has(i) ? ctx.users[polledIndex++] : ctx.fillers[fillerIndex++];
    rows.push({ userId: user.id, status: 'WAITING' });
  }
  // Last seen 11 s ago: each token's first poll refreshes lastSeenAt, as a real poll would.
  const tokens = await insertTokens(ctx.pool, concert.id, rows, { lastSeenAgoMs: 11_000 });
  // Autovacuum would get here on its own after a bulk insert; the benchmark does not wait.
  await ctx.pool.query('VACUUM ANALYZE "QueueToken"');
  return { concertId: concert.id, pollers: slots.map((slot, j) => ({ user: ctx.users[j], token: tokens[slot] })) };
}

async function pollLine(ctx: BenchContext, lineLength: number, size: 'small' | 'large'): Promise<ScenarioResult> {
  const { connections, duration } = ctx.options;
  const rate = ctx.options['poll-rate'];
  const label = `${lineLength.toLocaleString('en')} waiting`;
  const { concertId, pollers } = await buildLine(ctx, lineLength, 'S2');

  const client = new LoadClient(ctx.server.baseUrl, connections);
  const poll = (poller: Poller, recorder: Recorder, startedAt?: number, json = false) =>
    client.send(
      {
        method: 'GET',
        path: '/api/v1/queue/tokens/current',
        headers: { cookie: poller.user.cookie, 'x-queue-token': poller.token },
      },
      recorder,
      { expected: (status) => status === 200, startedAt, json },
    );

  const touchedSince = async (since: Date) => {
    const { rows } = await ctx.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "QueueToken" WHERE "concertId" = $1 AND "lastSeenAt" >= $2`,
      [concertId, since],
    );
    return rows[0].n;
  };

  // A waiting room's crowd polls all the time: what matters is a poll of a token the server
  // has seen before. Each token polls once first (not measured), as its first poll after the
  // join would; the cost of a cold poll shows in S1 and in the note below.
  const warm = new Recorder();
  const warmSeconds = await closedLoop({
    workers: connections,
    jobs: pollers.values(),
    deadlineMs: 120_000,
    run: async (p) => void (await poll(p, warm)),
  });
  const notes: string[] = [
    `S2 ${label}: first polls (cold: token and session unknown to the worker) ${Math.round(warm.requests / warmSeconds)}/s, ${warm.errors} errors`,
  ];
  const phaseStart = new Date();
  const ceiling = await measure(ctx, `s2.${size}.max`, `S2 poll, ${label}: most answered`, (recorder) => {
    const jobs = cycle(pollers);
    return closedLoop({
      workers: connections,
      jobs,
      deadlineMs: duration * 1000,
      run: async (p) => void (await poll(p, recorder)),
    });
  });
  notes.push(
    `S2 ${label}: ${await touchedSince(phaseStart)} of ${ceiling.requests} polls in the closed loop wrote lastSeenAt (touch)`,
  );

  const rateStart = new Date();
  let skipped = 0;
  const atRate = await measure(
    ctx,
    `s2.${size}.rate`,
    `S2 poll, ${label}: at ${rate.toLocaleString('en')}/s`,
    async (recorder) => {
      const result = await fixedRate({
        rate,
        durationMs: duration * 1000,
        maxBacklog: connections * 5,
        job: (i) => pollers[i % pollers.length],
        run: async (p, dueAt) => void (await poll(p, recorder, dueAt)),
      });
      skipped = result.skipped;
      return result.seconds;
    },
  );
  notes.push(`S2 ${label}: ${await touchedSince(rateStart)} of ${atRate.requests} polls at the fixed rate wrote lastSeenAt`);
  if (skipped)
    notes.push(`S2 ${label}: ${skipped} polls not sent at the fixed rate: ${connections * 5} were already outstanding`);
  atRate.errors += skipped;

  const capacity = await findCapacity({
    maxRate: Infinity,
    connections,
    job: async () => (i) => async (recorder, dueAt) => void (await poll(pollers[i % pollers.length], recorder, dueAt)),
  });
  ceiling.capacity = capacity.capacity;
  notes.push(describeCapacity(`S2 ${label} polls`, capacity));

  const checks: Check[] = [await checkPositions(ctx, label, concertId, pollers, (p, r) => poll(p, r, undefined, true))];
  client.close();
  const rowsOut: ResultRow[] = [ceiling, atRate];
  return { rows: rowsOut, checks, notes };
}

/** A sample of the polled tokens: the position each poll answers is the exact count in SQL. */
async function checkPositions(
  ctx: BenchContext,
  label: string,
  concertId: string,
  pollers: Poller[],
  poll: (p: Poller, recorder: Recorder) => Promise<{ status: number; body: { position?: number } } | null>,
): Promise<Check> {
  const step = Math.max(1, Math.floor(pollers.length / SAMPLE));
  const sample = pollers.filter((_, i) => i % step === step - 1 || i === 0);
  const recorder = new Recorder();
  const answered = await Promise.all(sample.map((p) => poll(p, recorder)));
  const { rows } = await ctx.pool.query<{ token: string; position: number }>(
    `SELECT t.token, (SELECT count(*)::int + 1 FROM "QueueToken" a
                      WHERE a."concertId" = t."concertId" AND a.status = 'WAITING' AND a.seq < t.seq) AS position
     FROM "QueueToken" t WHERE t."concertId" = $1 AND t.token = ANY($2)`,
    [concertId, sample.map((p) => p.token)],
  );
  const exact = new Map(rows.map((r) => [r.token, r.position]));
  const wrong = sample.filter((p, i) => answered[i]?.body?.position !== exact.get(p.token));
  const first = wrong[0];
  return check(
    `S2 positions exact, ${label}`,
    wrong.length === 0,
    wrong.length
      ? `${wrong.length} of ${sample.length} wrong, e.g. answered ${answered[sample.indexOf(first)]?.body?.position}, exact ${exact.get(first.token)}`
      : `${sample.length} sampled positions, up to ${Math.max(...exact.values())}, all exact`,
  );
}
