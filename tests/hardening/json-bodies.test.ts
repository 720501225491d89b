/**
 * Bodies and query strings that used to reach PostgreSQL or the idempotency hash and come back
 * as a 500: a NUL character (PostgreSQL text cannot hold one, error 22021) and JSON nested
 * thousands of levels deep (the canonical hash recursed until the stack ran out).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { POST as postConcert } from '@/app/api/v1/admin/concerts/route';
import { GET as getAdminReservations } from '@/app/api/v1/admin/reservations/route';
import { GET as getQueueHistory } from '@/app/api/v1/admin/queues/[concertId]/history/route';
import { POST as postPayment } from '@/app/api/v1/payments/route';
import { POST as postUser } from '@/app/api/v1/users/route';
import { POST as postCharge } from '@/app/api/v1/wallet/charges/route';
import { GET as getTransactions } from '@/app/api/v1/wallet/transactions/route';
import { NUL_MESSAGE } from '@/lib/http/read-json-body';
import { makeConcert, makeQueueToken, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes, type Answer } from '../wallet/route-harness';

// Every signed-in user of this file may use the admin endpoints.
vi.mock('@/lib/auth/session', async () => {
  const { sessionMock } = await import('../wallet/route-harness');
  return { ...sessionMock, requireAdmin: async () => ({ ...(await sessionMock.requireUser()), role: 'ADMIN' }) };
});

const db = openTestDb(5);
beforeAll(() => {
  useTestDatabaseForRoutes();
  process.env.AUTH_SECRET ??= 'hardening-test-secret-hardening-test-secret';
});

const raw = (text: string, headers: Record<string, string> = {}) => ({
  rawBody: text,
  headers: { 'content-type': 'application/json', ...headers },
});

function expectRefused(answer: Answer, path: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(answer.body.code).toBe('VALIDATION_FAILED');
  expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}

const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('a NUL character is 400 VALIDATION_FAILED, never a 500', () => {
  test('POST /users with a NUL in the name creates nobody', async () => {
    const email = `nul-${randomUUID().slice(0, 8)}@test.encore`;
    const answer = await call(postUser, 'POST', '/users', {
      body: { email, password: 'quiet-harbor-lantern-58', name: 'a\u0000b' },
    });
    expectRefused(answer, 'name');
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test('POST /admin/concerts with a NUL in any text field creates no concert', async () => {
    const admin = await makeUser(db);
    const title = `Nul Tour ${randomUUID().slice(0, 8)}`;
    const concert = {
      title,
      artist: 'The Nulls',
      venue: 'Zero Hall',
      description: 'Fine',
      schedules: [{ startsAt: inFuture(30), seatCount: 2, price: 10_000 }],
    };
    for (const field of ['title', 'artist', 'venue', 'description'] as const) {
      const answer = await call(postConcert, 'POST', '/admin/concerts', {
        as: admin,
        body: { ...concert, [field]: `${concert[field]}\u0000` },
      });
      expectRefused(answer, field);
    }
    const inADate = await call(postConcert, 'POST', '/admin/concerts', {
      as: admin,
      body: { ...concert, schedules: [{ ...concert.schedules[0], startsAt: `${inFuture(31)}\u0000` }] },
    });
    expectRefused(inADate, 'schedules.0.startsAt');
    expect(await db.concert.count({ where: { title: { startsWith: 'Nul Tour' } } })).toBe(0);
    // The same body without the NUL is fine: the refusal is about the character, not the shape.
    expect((await call(postConcert, 'POST', '/admin/concerts', { as: admin, body: concert })).status).toBe(201);
  });

  test('a NUL written as a raw escape in the JSON text is caught too, also in a key', async () => {
    const email = `nul-${randomUUID().slice(0, 8)}@test.encore`;
    const escaped = `{"email":"${email}","password":"quiet-harbor-lantern-58","name":"x\\u0000"}`;
    expectRefused(await call(postUser, 'POST', '/users', raw(escaped)), 'name');
    const inKey = `{"email":"${email}","password":"quiet-harbor-lantern-58","name":"x","ex\\u0000tra":1}`;
    expect((await call(postUser, 'POST', '/users', raw(inKey))).status).toBe(400);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  // No query parameter reached PostgreSQL with a NUL before (each schema or use case refused
  // it in its own words); the wrapper now refuses one for every route that reads a query,
  // before any schema or use case sees it, also in a parameter the route ignores.
  test('a NUL in a query-string value is 400 naming the character, whatever the parameter', async () => {
    const user = await makeUser(db);
    const concert = await makeConcert(db);
    const answers = [
      ['cursor', await call(getTransactions, 'GET', '/wallet/transactions', { as: user, query: { cursor: 'abc\u0000' } })],
      ['unused', await call(getTransactions, 'GET', '/wallet/transactions', { as: user, query: { unused: '\u0000' } })],
      ['limit', await call(getTransactions, 'GET', '/wallet/transactions', { as: user, query: { limit: '1\u0000' } })],
      ['status', await call(getAdminReservations, 'GET', '/admin/reservations', { as: user, query: { status: '\u0000' } })],
      [
        'minutes',
        await call(
          (req) => getQueueHistory(req, { params: Promise.resolve({ concertId: concert.id }) }),
          'GET',
          `/admin/queues/${concert.id}/history`,
          { as: user, query: { minutes: '15\u0000' } },
        ),
      ],
    ] as const;
    for (const [path, answer] of answers) {
      expectRefused(answer, path);
      expect(answer.body.errors, path).toEqual([{ path, message: NUL_MESSAGE }]);
    }
  });
});

describe('JSON nested deeper than the limit is 400 before it is hashed or parsed', () => {
  const deep = (levels: number) => `{"amount":100,"x":${'['.repeat(levels)}${']'.repeat(levels)}}`;

  test('POST /wallet/charges with an Idempotency-Key and 5,000 levels', async () => {
    const user = await makeUser(db);
    const answer = await call(postCharge, 'POST', '/wallet/charges', {
      as: user,
      ...raw(deep(5_000), { 'idempotency-key': 'deep-1' }),
    });
    expectRefused(answer, '');
    expect(await db.walletTransaction.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.idempotencyRecord.count({ where: { userId: user.id } })).toBe(0);
    // Within the limit the same key still works: nothing was remembered for the refusal.
    const fine = await call(postCharge, 'POST', '/wallet/charges', {
      as: user,
      body: { amount: 100 },
      headers: { 'idempotency-key': 'deep-1' },
    });
    expect(fine.status).toBe(201);
  });

  test('POST /payments with an Idempotency-Key and 5,000 levels (token checked first, as always)', async () => {
    const user = await makeUser(db);
    const concert = await makeConcert(db);
    const token = await makeQueueToken(db, user.id, concert.id, { activeSeconds: 3_600 });
    const body = `{"reservationIds":["${randomUUID()}"],"x":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const noToken = await call(postPayment, 'POST', '/payments', { as: user, ...raw(body, { 'idempotency-key': 'deep-2' }) });
    expect([noToken.status, noToken.body.code]).toEqual([401, 'QUEUE_TOKEN_MISSING']);
    const answer = await call(postPayment, 'POST', '/payments', {
      as: user,
      ...raw(body, { 'idempotency-key': 'deep-2', 'x-queue-token': token.token }),
    });
    expectRefused(answer, '');
    expect(await db.payment.count({ where: { userId: user.id } })).toBe(0);
  });

  test('33 levels are refused on a route without idempotency too; 32 reach the schema', async () => {
    const user = await makeUser(db);
    // The body itself is level 1, so x's arrays add 31 or 32 more.
    const at32 = await call(postCharge, 'POST', '/wallet/charges', { as: user, ...raw(deep(31)) });
    expect(at32.status).toBe(201);
    expectRefused(await call(postCharge, 'POST', '/wallet/charges', { as: user, ...raw(deep(32)) }), '');
  });
});
