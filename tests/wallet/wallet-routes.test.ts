import { beforeAll, describe, expect, test, vi } from 'vitest';
import { GET as getWallet } from '@/app/api/v1/wallet/route';
import { POST as postCharge } from '@/app/api/v1/wallet/charges/route';
import { GET as getTransactions } from '@/app/api/v1/wallet/transactions/route';
import { makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes } from './route-harness';
import { books } from './wallet-fixtures';

vi.mock('@/lib/auth/session', () => import('./route-harness').then((h) => h.sessionMock));

const db = openTestDb(10);
beforeAll(() => {
  useTestDatabaseForRoutes();
  process.env.AUTH_SECRET = 'route-test-secret-route-test-secret';
});

const charge = (as: { id: string; email: string; name: string }, body: unknown, key?: string, rawKey?: string) =>
  call(postCharge, 'POST', '/wallet/charges', {
    as,
    body,
    headers: key ? { 'idempotency-key': key } : rawKey !== undefined ? { 'idempotency-key': rawKey } : {},
  });

describe('wallet endpoints', () => {
  test('GET /wallet and POST /wallet/charges answer the shapes of the API', async () => {
    const user = await makeUser(db);
    expect(await call(getWallet, 'GET', '/wallet', { as: user })).toMatchObject({ status: 200, body: { balance: 0 } });
    const charged = await charge(user, { amount: 50_000 });
    expect(charged.status).toBe(201);
    expect(charged.body).toEqual({
      balance: 50_000,
      transaction: {
        id: expect.any(String),
        type: 'CHARGE',
        amount: 50_000,
        balanceAfter: 50_000,
        paymentId: null,
        createdAt: expect.any(String),
      },
    });
    expect((await call(getWallet, 'GET', '/wallet', { as: user })).body).toEqual({ balance: 50_000 });
  });

  test('no session is 401 UNAUTHENTICATED on every wallet endpoint', async () => {
    for (const answer of [
      await call(getWallet, 'GET', '/wallet'),
      await call(postCharge, 'POST', '/wallet/charges', { body: { amount: 1 } }),
      await call(getTransactions, 'GET', '/wallet/transactions'),
    ]) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body.code).toBe('UNAUTHENTICATED');
    }
  });

  test('a bad charge is 400 VALIDATION_FAILED and changes nothing', async () => {
    const user = await makeUser(db);
    const bad: [string, Parameters<typeof call>[3]][] = [
      ['not JSON', { rawBody: '{"amount":', headers: { 'content-type': 'application/json' } }],
      ['wrong content type', { rawBody: '{"amount":100}', headers: { 'content-type': 'text/plain' } }],
      ['form-encoded', { rawBody: 'amount=100', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
      ['no body', { headers: { 'content-type': 'application/json' } }],
      ['a float', { body: { amount: 100.5 } }],
      ['zero', { body: { amount: 0 } }],
      ['negative', { body: { amount: -5 } }],
      ['one past the limit', { body: { amount: 1_000_001 } }],
      ['a string', { body: { amount: '100' } }],
      ['missing', { body: {} }],
      ['an array', { body: [100] }],
      ['null', { body: null }],
      ['huge exponent', { rawBody: '{"amount":1e400}', headers: { 'content-type': 'application/json' } }],
    ];
    for (const [what, options] of bad) {
      const answer = await call(postCharge, 'POST', '/wallet/charges', { as: user, ...options });
      expect(answer.status, what).toBe(400);
      expect(answer.body.code, what).toBe('VALIDATION_FAILED');
      expect(answer.body.errors, what).toEqual(
        expect.arrayContaining([expect.objectContaining({ message: expect.any(String) })]),
      );
    }
    const huge = await call(postCharge, 'POST', '/wallet/charges', {
      as: user,
      rawBody: JSON.stringify({ amount: 1, pad: 'x'.repeat(70_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect([huge.status, huge.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const { balance, rows } = await books(db, user.id);
    expect(balance).toBe(0);
    expect(rows).toEqual([]);
    // The edges themselves are fine.
    expect((await charge(user, { amount: 1 })).status).toBe(201);
    expect((await charge(user, { amount: 1_000_000 })).status).toBe(201);
  });

  test('the same Idempotency-Key and body replays the first answer and charges once', async () => {
    const user = await makeUser(db);
    const first = await charge(user, { amount: 7_000 }, 'top-up-1');
    const again = await charge(user, { amount: 7_000 }, 'top-up-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await books(db, user.id)).toMatchObject({ balance: 7_000, ledger: 7_000 });

    // The key is the user's own: another user's same key is another charge.
    const other = await makeUser(db);
    expect((await charge(other, { amount: 7_000 }, 'top-up-1')).headers.get('idempotent-replayed')).toBeNull();
    expect((await books(db, other.id)).balance).toBe(7_000);
  });

  test('10 racing repeats of one key charge once and all answer alike', async () => {
    const user = await makeUser(db);
    const answers = await Promise.all(Array.from({ length: 10 }, () => charge(user, { amount: 3_333 }, 'race-key')));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    const { balance, rows } = await books(db, user.id);
    expect(balance).toBe(3_333);
    expect(rows).toHaveLength(1);
  });

  test('the same key with another body is 409 IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
    const user = await makeUser(db);
    await charge(user, { amount: 1_000 }, 'reused');
    const reused = await charge(user, { amount: 2_000 }, 'reused');
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await books(db, user.id)).toMatchObject({ balance: 1_000, ledger: 1_000 });
  });

  test('a refused charge is not remembered: the same key succeeds once the request is right', async () => {
    const user = await makeUser(db);
    await db.user.update({ where: { id: user.id }, data: { balance: 99_500_000 } });
    await db.walletTransaction.create({
      data: { userId: user.id, type: 'CHARGE', amount: 99_500_000, balanceAfter: 99_500_000 },
    });
    const overCap = await charge(user, { amount: 600_000 }, 'cap-key');
    expect(overCap.status).toBe(400);
    expect(overCap.body.errors).toEqual([{ path: 'amount', message: expect.stringContaining('500,000 won') }]);
    expect(await db.idempotencyRecord.count({ where: { userId: user.id } })).toBe(0);

    const badBody = await charge(user, { amount: 0 }, 'cap-key');
    expect(badBody.status).toBe(400);
    const fits = await charge(user, { amount: 500_000 }, 'cap-key');
    expect(fits.status).toBe(201);
    expect(fits.body.balance).toBe(100_000_000);
  });

  test('a malformed Idempotency-Key is 400 VALIDATION_FAILED', async () => {
    const user = await makeUser(db);
    for (const key of ['x'.repeat(129), '', 'has space', 'tab\there', 'caf\u00e9']) {
      const answer = await charge(user, { amount: 1 }, undefined, key);
      expect(answer.status, key).toBe(400);
      expect(answer.body.errors, key).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
    }
    expect((await books(db, user.id)).balance).toBe(0);
  });

  test('GET /wallet/transactions pages with limit and cursor, and refuses bad ones', async () => {
    const user = await makeUser(db);
    for (let i = 1; i <= 25; i++) await charge(user, { amount: i });
    const first = await call(getTransactions, 'GET', '/wallet/transactions', { as: user });
    expect(first.status).toBe(200);
    expect((first.body.items as unknown[]).length).toBe(20);
    const second = await call(getTransactions, 'GET', '/wallet/transactions', {
      as: user,
      query: { cursor: first.body.nextCursor as string, limit: '100' },
    });
    expect((second.body.items as { amount: number }[]).map((t) => t.amount)).toEqual([5, 4, 3, 2, 1]);
    expect(second.body.nextCursor).toBeNull();

    const badQueries: Record<string, string>[] = [
      { limit: '0' },
      { limit: '101' },
      { limit: 'abc' },
      { limit: '1.5' },
      { limit: '-1' },
      { limit: '' },
      { cursor: 'nope' },
      { cursor: '' },
    ];
    for (const query of badQueries) {
      const answer = await call(getTransactions, 'GET', '/wallet/transactions', { as: user, query });
      expect(answer.status, JSON.stringify(query)).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect((answer.body.errors as { path: string }[])[0].path).toBe(Object.keys(query)[0]);
    }
    const stranger = await makeUser(db);
    const stolen = await call(getTransactions, 'GET', '/wallet/transactions', {
      as: stranger,
      query: { cursor: first.body.nextCursor as string },
    });
    expect(stolen.status).toBe(400);
  });
});
