import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectProblem, idOf, signedInApi } from './support/api-session';
import { passFor, pausedConcert } from './support/db';

// The "Wallet" and "Payments" parts of docs/api.md, over HTTP, as a script would use them.

const balanceOf = async (api: APIRequestContext): Promise<number> => (await (await api.get('/api/v1/wallet')).json()).balance;
const key = () => `key-${randomUUID()}`;

test.describe('wallet API', () => {
  test('charges validate their amount; a refused one changes nothing', async ({ playwright, baseURL }) => {
    const api = await signedInApi(playwright, baseURL!);
    expect(await (await api.get('/api/v1/wallet')).json()).toEqual({ balance: 0 });

    const json = { 'content-type': 'application/json' };
    const refusals: [string, Parameters<APIRequestContext['post']>[1]][] = [
      ['not JSON', { headers: json, data: '{"amount":' }],
      ['wrong content type', { headers: { 'content-type': 'text/plain' }, data: '{"amount":1000}' }],
      ['a form', { form: { amount: '1000' } }],
      ['a float', { data: { amount: 1000.5 } }],
      ['zero', { data: { amount: 0 } }],
      ['one past the limit', { data: { amount: 1_000_001 } }],
      ['a string', { data: { amount: '1000' } }],
      ['nothing', { data: {} }],
    ];
    for (const [name, options] of refusals) {
      const body = await expectProblem(await api.post('/api/v1/wallet/charges', options), 400, 'VALIDATION_FAILED', name);
      expect(body.errors.length, name).toBeGreaterThan(0);
    }
    expect(await balanceOf(api)).toBe(0);

    const charged = await api.post('/api/v1/wallet/charges', { data: { amount: 1_000_000 } });
    expect(charged.status()).toBe(201);
    expect(await charged.json()).toEqual({
      balance: 1_000_000,
      transaction: {
        id: expect.any(String),
        type: 'CHARGE',
        amount: 1_000_000,
        balanceAfter: 1_000_000,
        paymentId: null,
        createdAt: expect.any(String),
      },
    });
  });

  test('the history pages newest first and refuses cursors and limits it did not issue', async ({ playwright, baseURL }) => {
    const api = await signedInApi(playwright, baseURL!);
    for (const amount of [100, 200, 300]) {
      expect((await api.post('/api/v1/wallet/charges', { data: { amount } })).status()).toBe(201);
    }
    const first = await (await api.get('/api/v1/wallet/transactions?limit=2')).json();
    expect(first.items.map((t: { amount: number }) => t.amount)).toEqual([300, 200]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const last = await (
      await api.get(`/api/v1/wallet/transactions?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json();
    expect(last).toEqual({ items: [expect.objectContaining({ amount: 100, balanceAfter: 100 })], nextCursor: null });

    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'cursor=garbage', `cursor=${first.nextCursor}x`]) {
      await expectProblem(await api.get(`/api/v1/wallet/transactions?${query}`), 400, 'VALIDATION_FAILED', query);
    }
    const stranger = await signedInApi(playwright, baseURL!);
    await expectProblem(
      await stranger.get(`/api/v1/wallet/transactions?cursor=${encodeURIComponent(first.nextCursor)}`),
      400,
      'VALIDATION_FAILED',
    );
  });

  test('an Idempotency-Key replays the first charge, also when repeats race', async ({ playwright, baseURL }) => {
    const api = await signedInApi(playwright, baseURL!);
    const topUp = key();
    const first = await api.post('/api/v1/wallet/charges', { headers: { 'idempotency-key': topUp }, data: { amount: 5_000 } });
    const again = await api.post('/api/v1/wallet/charges', { headers: { 'idempotency-key': topUp }, data: { amount: 5_000 } });
    expect([first.status(), again.status()]).toEqual([201, 201]);
    expect(await again.json()).toEqual(await first.json());
    expect(first.headers()['idempotent-replayed']).toBeUndefined();
    expect(again.headers()['idempotent-replayed']).toBe('true');
    await expectProblem(
      await api.post('/api/v1/wallet/charges', { headers: { 'idempotency-key': topUp }, data: { amount: 6_000 } }),
      409,
      'IDEMPOTENCY_KEY_REUSED',
    );

    const raced = key();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.post('/api/v1/wallet/charges', { headers: { 'idempotency-key': raced }, data: { amount: 1_000 } }),
      ),
    );
    expect(answers.map((a) => a.status())).toEqual(Array(10).fill(201));
    const bodies = await Promise.all(answers.map((a) => a.json()));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(await balanceOf(api)).toBe(6_000);
  });
});

test.describe('payments API', () => {
  test('a held seat is paid over HTTP; a replay answers alike after the pass is used up', async ({ playwright, baseURL }) => {
    const api = await signedInApi(playwright, baseURL!);
    const concert = await pausedConcert({ seats: 4, price: 80_000 });
    const token = await passFor(await idOf(api), concert.id);
    const pass = { 'x-queue-token': token };
    const holds: string[] = [];
    for (const seat of concert.seats.slice(0, 2)) {
      const held = await api.post('/api/v1/reservations', { headers: pass, data: { seatId: seat.id } });
      expect(held.status()).toBe(201);
      holds.push((await held.json()).id as string);
    }
    const checkout = key();
    const pay = (headers: Record<string, string> = { ...pass, 'idempotency-key': checkout }) =>
      api.post('/api/v1/payments', { headers, data: { reservationIds: holds } });

    // Short of money first: refused, and not remembered under the key.
    await api.post('/api/v1/wallet/charges', { data: { amount: 100_000 } });
    await expectProblem(await pay(), 402, 'INSUFFICIENT_BALANCE');
    expect(await balanceOf(api)).toBe(100_000);
    await api.post('/api/v1/wallet/charges', { data: { amount: 100_000 } });

    const paid = await pay();
    expect(paid.status()).toBe(201);
    const payment = await paid.json();
    expect(payment).toMatchObject({ id: expect.any(String), amount: 160_000, balance: 40_000 });
    expect(payment.reservations.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual(
      holds.map((id) => [id, 'CONFIRMED']),
    );

    const replay = await pay();
    expect(replay.status()).toBe(201);
    expect(replay.headers()['idempotent-replayed']).toBe('true');
    expect(await replay.json()).toEqual(payment);
    // Without the key the used-up pass is refused, and nothing is charged twice.
    await expectProblem(await pay(pass), 410, 'QUEUE_TOKEN_EXPIRED');
    await expectProblem(await api.get('/api/v1/queue/tokens/current', { headers: pass }), 410, 'QUEUE_TOKEN_EXPIRED');
    expect(await balanceOf(api)).toBe(40_000);
    for (const id of holds) expect((await (await api.get(`/api/v1/reservations/${id}`)).json()).status).toBe('CONFIRMED');
    const history = await (await api.get('/api/v1/wallet/transactions')).json();
    expect(history.items.map((t: { type: string; amount: number }) => [t.type, t.amount])).toEqual([
      ['PAYMENT', 160_000],
      ['CHARGE', 100_000],
      ['CHARGE', 100_000],
    ]);
  });

  test('bad payment requests are refused in the documented order', async ({ playwright, baseURL }) => {
    const api = await signedInApi(playwright, baseURL!);
    const concert = await pausedConcert({ seats: 2 });
    const token = await passFor(await idOf(api), concert.id);
    const pay = (data: unknown, headers: Record<string, string> = { 'x-queue-token': token }) =>
      api.post('/api/v1/payments', { headers, data });

    await expectProblem(await pay({ reservationIds: [randomUUID()] }, {}), 401, 'QUEUE_TOKEN_MISSING');
    await expectProblem(await pay({ reservationIds: [randomUUID()] }, { 'x-queue-token': 'x' }), 401, 'QUEUE_TOKEN_INVALID');
    for (const data of [
      { reservationIds: [] },
      { reservationIds: ['nope'] },
      { reservationIds: Array(5).fill(randomUUID()) },
      {},
    ]) {
      await expectProblem(await pay(data), 400, 'VALIDATION_FAILED', JSON.stringify(data));
    }
    await expectProblem(await pay({ reservationIds: [randomUUID()] }), 404, 'NOT_FOUND');
    const anonymous = await playwright.request.newContext({ baseURL });
    await expectProblem(
      await anonymous.post('/api/v1/payments', { headers: { 'x-queue-token': token }, data: { reservationIds: [randomUUID()] } }),
      401,
      'UNAUTHENTICATED',
    );
  });
});
