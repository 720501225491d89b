import { beforeAll, describe, expect, test, vi } from 'vitest';
import { POST as postPayment } from '@/app/api/v1/payments/route';
import { POST as postCharge } from '@/app/api/v1/wallet/charges/route';
import { makeQueueToken } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes, type CallOptions } from '../wallet/route-harness';
import { books } from '../wallet/wallet-fixtures';
import { at, buyer, snapshot } from './payment-fixtures';

vi.mock('@/lib/auth/session', () => import('../wallet/route-harness').then((h) => h.sessionMock));

const db = openTestDb(30);
beforeAll(useTestDatabaseForRoutes);

type Buyer = Awaited<ReturnType<typeof buyer>>;
// The route reads the real clock. Other test files run queue ticks up to about ten minutes
// ahead of it, so these passes last an hour and waiting tokens were "seen" a day ahead.
const realBuyer = (options: { seats?: number; price?: number; balance?: number; activeLimit?: number } = {}) =>
  buyer(db, { now: new Date(), holdSeconds: 3_600, ...options }).then(async (b) => {
    await db.queueToken.update({ where: { id: b.token.id }, data: { activeUntil: at(new Date(), 3_600_000) } });
    return { ...b, token: await db.queueToken.findUniqueOrThrow({ where: { id: b.token.id } }) };
  });

const payAs = (b: Pick<Buyer, 'user' | 'token'>, body: unknown, options: CallOptions & { key?: string } = {}) =>
  call(postPayment, 'POST', '/payments', {
    as: b.user,
    body,
    ...options,
    headers: {
      'x-queue-token': b.token.token,
      ...(options.key ? { 'idempotency-key': options.key } : {}),
      ...options.headers,
    },
  });

describe('POST /api/v1/payments', () => {
  test('the queue token is checked before input: a bad key without a token is 401, with one 400', async () => {
    const b = await realBuyer({ seats: 1, price: 10_000, balance: 100_000 });
    const noToken = await call(postPayment, 'POST', '/payments', {
      as: b.user,
      body: { reservationIds: b.ids },
      headers: { 'idempotency-key': 'has spaces' },
    });
    expect(noToken.status).toBe(401);
    expect(noToken.body.code).toBe('QUEUE_TOKEN_MISSING');
    const withToken = await payAs(b, { reservationIds: b.ids }, { headers: { 'idempotency-key': 'has spaces' } });
    expect(withToken.status).toBe(400);
    expect(withToken.body.code).toBe('VALIDATION_FAILED');
  });

  test('201 with the payment, the new balance and the confirmed reservations', async () => {
    const b = await realBuyer({ seats: 2, price: 30_000, balance: 100_000 });
    const paid = await payAs(b, { reservationIds: b.ids });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ id: expect.any(String), amount: 60_000, balance: 40_000 });
    const reservations = paid.body.reservations as Record<string, unknown>[];
    expect(reservations.map((r) => [r.id, r.status])).toEqual(b.ids.map((id) => [id, 'CONFIRMED']));
    expect(Object.keys(reservations[0]).sort()).toEqual(
      [
        'checkedInAt',
        'concertId',
        'createdAt',
        'grade',
        'heldUntil',
        'id',
        'paymentId',
        'price',
        'scheduleId',
        'seatId',
        'seatLabel',
        'seatNumber',
        'startsAt',
        'status',
        'ticketCode',
      ].sort(),
    );
    expect((await db.queueToken.findUniqueOrThrow({ where: { id: b.token.id } })).status).toBe('EXPIRED');

    // The pass is used up: paying again without a key is refused at the gate.
    const again = await payAs(b, { reservationIds: b.ids });
    expect([again.status, again.body.code]).toEqual([410, 'QUEUE_TOKEN_EXPIRED']);
  });

  test('a replay with the same Idempotency-Key answers the first result although the token has expired', async () => {
    const b = await realBuyer({ balance: 100_000 });
    const first = await payAs(b, { reservationIds: b.ids }, { key: 'checkout-1' });
    expect(first.status).toBe(201);
    const replay = await payAs(b, { reservationIds: b.ids }, { key: 'checkout-1' });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await db.payment.count({ where: { userId: b.user.id } })).toBe(1);
    // Even with no token at all: the key is looked up before the gate.
    const bare = await payAs(b, { reservationIds: b.ids }, { key: 'checkout-1', headers: { 'x-queue-token': '' } });
    expect(bare.status).toBe(201);
  });

  test('10 racing repeats of one key pay once and all answer alike', async () => {
    const b = await realBuyer({ seats: 2, price: 20_000, balance: 100_000 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => payAs(b, { reservationIds: b.ids }, { key: 'double-click' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(await db.payment.count({ where: { userId: b.user.id } })).toBe(1);
    const { balance, ledger, rows } = await books(db, b.user.id);
    expect([balance, ledger]).toEqual([60_000, 60_000]);
    expect(rows.filter((t) => t.type === 'PAYMENT')).toHaveLength(1);
  });

  test('the same key with another body is 409 IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
    const b = await realBuyer({ seats: 2, balance: 1_000_000 });
    expect((await payAs(b, { reservationIds: [b.ids[0]] }, { key: 'k1' })).status).toBe(201);
    const fresh = { ...b, token: await makeQueueToken(db, b.user.id, b.concert.id, { activeSeconds: 3_600 }) };
    const before = await snapshot(db, b.user.id, fresh.token.id);
    const reused = await payAs(fresh, { reservationIds: [b.ids[1]] }, { key: 'k1' });
    expect([reused.status, reused.body.code]).toEqual([409, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await snapshot(db, b.user.id, fresh.token.id)).toEqual(before);
  });

  test('a refused payment is not remembered: after a top-up the same key pays', async () => {
    const b = await realBuyer({ price: 50_000, balance: 10_000 });
    const before = await snapshot(db, b.user.id, b.token.id);
    const short = await payAs(b, { reservationIds: b.ids }, { key: 'retry-me' });
    expect([short.status, short.body.code]).toEqual([402, 'INSUFFICIENT_BALANCE']);
    expect(await snapshot(db, b.user.id, b.token.id)).toEqual(before);

    const topUp = await call(postCharge, 'POST', '/wallet/charges', { as: b.user, body: { amount: 40_000 } });
    expect(topUp.status).toBe(201);
    const paid = await payAs(b, { reservationIds: b.ids }, { key: 'retry-me' });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ amount: 50_000, balance: 0 });
  });

  test('every refusal of the endpoint answers its code as problem+json and changes nothing', async () => {
    const b = await realBuyer({ seats: 2, price: 50_000, balance: 60_000 });
    const other = await realBuyer({ balance: 60_000 });
    await db.reservation.update({ where: { id: b.ids[1] }, data: { status: 'CANCELLED' } });
    await db.seat.update({ where: { id: b.seats[1].id }, data: { status: 'AVAILABLE', heldUntil: null } });
    const expired = await realBuyer({ balance: 60_000 });
    await db.reservation.update({ where: { id: expired.ids[0] }, data: { heldUntil: at(new Date(), -1_000) } });
    await db.seat.update({ where: { id: expired.seats[0].id }, data: { heldUntil: at(new Date(), -1_000) } });
    const rich = await realBuyer({ seats: 2, price: 50_000, balance: 60_000 });
    const waiting = await makeQueueToken(db, rich.user.id, b.concert.id, { status: 'WAITING', now: at(new Date(), 86_400_000) });
    const timedOut = await makeQueueToken(db, expired.user.id, b.concert.id, { now: at(new Date(), -3_600_000) });
    const elsewhere = await makeQueueToken(db, other.user.id, b.concert.id, { activeSeconds: 3_600 });

    const cases: [number, string, () => ReturnType<typeof call>][] = [
      [401, 'UNAUTHENTICATED', () => payAs({ ...b, user: null as never }, { reservationIds: [b.ids[0]] })],
      [401, 'QUEUE_TOKEN_MISSING', () => payAs(b, { reservationIds: [b.ids[0]] }, { headers: { 'x-queue-token': '' } })],
      [401, 'QUEUE_TOKEN_INVALID', () => payAs(b, { reservationIds: [b.ids[0]] }, { headers: { 'x-queue-token': 'nope' } })],
      [401, 'QUEUE_TOKEN_INVALID', () => payAs({ user: b.user, token: other.token }, { reservationIds: [b.ids[0]] })],
      [401, 'QUEUE_TOKEN_INVALID', () => payAs({ user: other.user, token: elsewhere }, { reservationIds: other.ids })],
      [403, 'QUEUE_TOKEN_WAITING', () => payAs({ user: rich.user, token: waiting }, { reservationIds: rich.ids })],
      [410, 'QUEUE_TOKEN_EXPIRED', () => payAs({ user: expired.user, token: timedOut }, { reservationIds: [expired.ids[0]] })],
      [400, 'VALIDATION_FAILED', () => payAs(b, { reservationIds: [] })],
      [400, 'VALIDATION_FAILED', () => payAs(b, { reservationIds: [b.ids[0], b.ids[0].toUpperCase()] })],
      [
        400,
        'VALIDATION_FAILED',
        () =>
          payAs(b, {
            reservationIds: Array(5)
              .fill(0)
              .map((_, i) => `00000000-0000-4000-8000-00000000000${i}`),
          }),
      ],
      [400, 'VALIDATION_FAILED', () => payAs(b, { reservationIds: ['not-an-id'] })],
      [400, 'VALIDATION_FAILED', () => payAs(b, { reservationIds: b.ids[0] })],
      [
        400,
        'VALIDATION_FAILED',
        () => payAs(b, undefined, { rawBody: '{"reservationIds":[', headers: { 'content-type': 'application/json' } }),
      ],
      [404, 'NOT_FOUND', () => payAs(b, { reservationIds: ['00000000-0000-4000-8000-000000000000'] })],
      [404, 'NOT_FOUND', () => payAs(b, { reservationIds: [b.ids[0], other.ids[0]] })],
      [409, 'RESERVATION_NOT_PAYABLE', () => payAs(b, { reservationIds: [b.ids[0], b.ids[1]] })],
      [410, 'RESERVATION_EXPIRED', () => payAs(expired, { reservationIds: expired.ids })],
      [402, 'INSUFFICIENT_BALANCE', () => payAs(rich, { reservationIds: rich.ids })],
    ];
    const everyone = [b, other, expired, rich];
    const before = await Promise.all(everyone.map((x) => snapshot(db, x.user.id, x.token.id)));
    for (const [status, code, send] of cases) {
      const answer = await send();
      expect([answer.status, answer.body.code], code).toEqual([status, code]);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
    }
    expect(await Promise.all(everyone.map((x) => snapshot(db, x.user.id, x.token.id)))).toEqual(before);
  });

  test('the next in line is admitted at once after a payment over HTTP', async () => {
    const b = await realBuyer({ balance: 100_000, activeLimit: 1 });
    const next = await realBuyer();
    const waiting = await makeQueueToken(db, next.user.id, b.concert.id, { status: 'WAITING', now: at(new Date(), 86_400_000) });
    expect((await payAs(b, { reservationIds: b.ids })).status).toBe(201);
    expect((await db.queueToken.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('ACTIVE');
  });
});
