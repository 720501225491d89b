/**
 * S4, the whole purchase over HTTP, as the web app does it: join the line, wait to be admitted,
 * list the dates, read a seat map, hold a seat, top up the wallet, pay. Measures completed
 * purchases per second; afterwards no seat may be sold twice and every balance must equal its
 * ledger.
 */
import { randomUUID } from 'node:crypto';
import { check, measure, shuffled, type BenchContext, type ScenarioResult, type SignedInUser } from '../lib/context';
import { checkLedger, checkNoSeatSoldTwice } from '../lib/ledger';
import { closedLoop, LoadClient, type BenchRequest } from '../lib/load';
import { createConcert } from '../lib/seed';
import { Recorder } from '../lib/stats';

const SEATS_PER_DATE = 200;

export async function purchaseFlow(ctx: BenchContext): Promise<ScenarioResult> {
  const { purchases, duration, contenders, 'active-limit': activeLimit } = ctx.options;
  const connections = ctx.options['purchase-connections'];
  const dates = Math.ceil((purchases * 1.5) / SEATS_PER_DATE);
  const concert = await createConcert(ctx.pool, { title: 'S4 purchase flow', activeLimit, dates, seats: SEATS_PER_DATE });
  // Users S3 did not use, so the hold limit of 4 never gets in the way.
  const buyers = ctx.users.slice(contenders, contenders + purchases);
  const client = new LoadClient(ctx.server.baseUrl, connections);
  const flows = new Recorder();
  const deadline = Date.now() + (duration + 30) * 1000;

  // Where a purchase spends its time: each step's latency, by endpoint.
  const steps = new Map<string, Recorder>();
  let completed = 0;
  const requests = await measure(ctx, 's4.requests', 'S4 purchase flow: HTTP requests', (recorder) =>
    closedLoop({
      workers: connections,
      jobs: buyers.values(),
      deadlineMs: duration * 1000,
      run: async (buyer) => {
        const flowStart = performance.now();
        const ok = await buy(
          buyer,
          concert.id,
          async (request, expected) => {
            const started = performance.now();
            const answer = await client.send(request, recorder, { expected: (s) => expected.includes(s), json: true });
            const step = stepOf(request);
            if (!steps.has(step)) steps.set(step, new Recorder());
            steps.get(step)!.record(performance.now() - started, answer?.status ?? 0, null);
            return answer;
          },
          deadline,
        );
        flows.record(performance.now() - flowStart, ok ? 200 : 0, ok ? null : 'purchase');
        if (ok) completed++;
      },
    }),
  );
  client.close();
  // The same phase counted in purchases: throughput is purchases per second, latency the whole flow.
  const purchasesRow = {
    ...requests,
    ...flows.summary(requests.seconds),
    key: 's4.purchases',
    scenario: 'S4 purchases completed (whole flow)',
    serverCpuMsPerRequest: completed ? (requests.serverCpuMsPerRequest * requests.requests) / completed : 0,
  };

  const {
    rows: [state],
  } = await ctx.pool.query<{ sold: number; active: number }>(
    `SELECT (SELECT count(*)::int FROM "Seat" s JOIN "Schedule" d ON d.id = s."scheduleId"
             WHERE d."concertId" = $1 AND s.status = 'SOLD') AS sold,
            (SELECT count(*)::int FROM "QueueToken" WHERE "concertId" = $1 AND status = 'ACTIVE' AND "activeUntil" > now()) AS active`,
    [concert.id],
  );
  return {
    rows: [requests, purchasesRow],
    checks: [
      await checkNoSeatSoldTwice(ctx.pool, 'S4'),
      await checkLedger(ctx.pool, 'S4'),
      check(
        'S4 one seat sold per purchase',
        state.sold === completed,
        `${state.sold} seats SOLD, ${completed} purchases completed`,
      ),
      check('S4 at most activeLimit ACTIVE', state.active <= activeLimit, `${state.active} ACTIVE, activeLimit ${activeLimit}`),
    ],
    notes: [
      `S4: ${completed} purchases by ${connections} buyers at once, ${shoppers(purchases, completed)}`,
      `S4 steps (count, p50/p95/p99 ms): ${[...steps]
        .map(([step, recorder]) => {
          const { requests: count, p50, p95, p99 } = recorder.summary(requests.seconds);
          return `${step} ${count}, ${p50.toFixed(0)}/${p95.toFixed(0)}/${p99.toFixed(0)}`;
        })
        .join('; ')}`,
    ],
  };
}

/** A request's step of the purchase: its method and path, ids left out. */
const stepOf = (request: BenchRequest) =>
  `${request.method} ${request.path.replace(/\/[0-9a-f-]{36}/g, '/{id}')}`.replace('/api/v1', '');

const shoppers = (attempted: number, completed: number) =>
  completed === attempted
    ? 'every purchase attempted completed'
    : `${completed} of the ${attempted} buyers started in time completed`;

export type Send = (request: BenchRequest, expected: number[]) => Promise<{ status: number; body: any } | null>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One buyer's purchase of one seat; false when a step failed. */
export async function buy(buyer: SignedInUser, concertId: string, send: Send, deadline: number): Promise<boolean> {
  const user = { cookie: buyer.cookie };
  const joined = await send({ method: 'POST', path: '/api/v1/queue/tokens', headers: user, body: { concertId } }, [200, 201]);
  if (!joined || joined.status >= 300) return false;
  let ticket = joined.body;
  while (ticket.status === 'WAITING') {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(ticket.pollAfterMs, 250)));
    const polled = await send(
      { method: 'GET', path: '/api/v1/queue/tokens/current', headers: { ...user, 'x-queue-token': ticket.token } },
      [200],
    );
    if (polled?.status !== 200) return false;
    ticket = polled.body;
  }
  const pass = { ...user, 'x-queue-token': ticket.token };

  const dates = await send({ method: 'GET', path: `/api/v1/concerts/${concertId}/schedules`, headers: pass }, [200]);
  const open = (dates?.body ?? []).filter((d: { availableSeats: number }) => d.availableSeats > 0);
  let reservation: { id: string; price: number } | null = null;
  for (let attempt = 0; attempt < 3 && !reservation && open.length; attempt++) {
    const date = open[Math.floor(Math.random() * open.length)];
    const seats = await send({ method: 'GET', path: `/api/v1/schedules/${date.id}/seats`, headers: pass }, [200]);
    const available = shuffled((seats?.body ?? []).filter((s: { status: string }) => s.status === 'AVAILABLE')).slice(0, 3);
    for (const seat of available as { id: string }[]) {
      const held = await send(
        { method: 'POST', path: '/api/v1/reservations', headers: pass, body: { seatId: seat.id } },
        [201, 409],
      );
      if (held?.status === 201) {
        reservation = held.body;
        break;
      }
    }
  }
  if (!reservation) return false;

  const charged = await send(
    {
      method: 'POST',
      path: '/api/v1/wallet/charges',
      headers: { ...user, 'idempotency-key': randomUUID() },
      body: { amount: reservation.price },
    },
    [201],
  );
  if (charged?.status !== 201) return false;
  const paid = await send(
    {
      method: 'POST',
      path: '/api/v1/payments',
      headers: { ...pass, 'idempotency-key': randomUUID() },
      body: { reservationIds: [reservation.id] },
    },
    [201],
  );
  return paid?.status === 201;
}
