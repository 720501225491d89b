/**
 * Ids are opaque strings to clients (docs/api.md): a path id that cannot name anything is as
 * unknown as a well-formed id that names nothing, so both answer 404 NOT_FOUND. The wrapper's
 * order stays: session 401 and queue token 401 come before it.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { GET as getAdminSeats } from '@/app/api/v1/admin/schedules/[scheduleId]/seats/route';
import { GET as getConcert } from '@/app/api/v1/concerts/[concertId]/route';
import { GET as getSchedules } from '@/app/api/v1/concerts/[concertId]/schedules/route';
import { DELETE as deleteReservation, GET as getReservation } from '@/app/api/v1/reservations/[reservationId]/route';
import { GET as getSeats } from '@/app/api/v1/schedules/[scheduleId]/seats/route';
import { makeConcert, makeQueueToken, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes, type CallOptions } from '../wallet/route-harness';

vi.mock('@/lib/auth/session', async () => {
  const { sessionMock } = await import('../wallet/route-harness');
  return { ...sessionMock, requireAdmin: async () => ({ ...(await sessionMock.requireUser()), role: 'ADMIN' }) };
});

const db = openTestDb(5);
beforeAll(useTestDatabaseForRoutes);

type Handler = (req: Request, next?: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a handler with its path parameters, as Next.js would. */
const at = (handler: Handler, method: string, path: string, params: Record<string, string>, options: CallOptions = {}) =>
  call((req) => handler(req, { params: Promise.resolve(params) }), method, path, options);

const MALFORMED = ['no-such-concert', '12345', "1' OR 1=1", 'x'.repeat(500), '', `${randomUUID()}x`];

describe('a path id that is not a UUID is 404 NOT_FOUND, not 400', () => {
  test('GET /concerts/{concertId} (public)', async () => {
    for (const concertId of MALFORMED) {
      const answer = await at(getConcert, 'GET', `/concerts/${encodeURIComponent(concertId)}`, { concertId });
      expect([answer.status, answer.body.code], concertId).toEqual([404, 'NOT_FOUND']);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body.detail).toBe('No such concert');
      expect(answer.body.errors).toBeUndefined();
    }
    // A well-formed unknown id reads the same.
    const unknown = await at(getConcert, 'GET', `/concerts/${randomUUID()}`, { concertId: randomUUID() });
    expect([unknown.status, unknown.body.detail]).toEqual([404, 'No such concert']);
  });

  test('GET /schedules/{scheduleId}/seats: 401 without a session or a token, then 404', async () => {
    const user = await makeUser(db);
    const concert = await makeConcert(db);
    const token = await makeQueueToken(db, user.id, concert.id, { activeSeconds: 3_600 });
    const seats = (options: CallOptions) =>
      at(getSeats, 'GET', '/schedules/no-such-schedule/seats', { scheduleId: 'no-such-schedule' }, options);
    expect((await seats({})).body.code).toBe('UNAUTHENTICATED');
    expect((await seats({ as: user })).body.code).toBe('QUEUE_TOKEN_MISSING');
    const answer = await seats({ as: user, headers: { 'x-queue-token': token.token } });
    expect([answer.status, answer.body.code, answer.body.detail]).toEqual([404, 'NOT_FOUND', 'No such date']);
  });

  test('GET /concerts/{concertId}/schedules with a token', async () => {
    const user = await makeUser(db);
    const concert = await makeConcert(db);
    const token = await makeQueueToken(db, user.id, concert.id, { activeSeconds: 3_600 });
    const answer = await at(
      getSchedules,
      'GET',
      '/concerts/not-a-uuid/schedules',
      { concertId: 'not-a-uuid' },
      {
        as: user,
        headers: { 'x-queue-token': token.token },
      },
    );
    expect([answer.status, answer.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  test('GET and DELETE /reservations/{reservationId}', async () => {
    const user = await makeUser(db);
    for (const [handler, method] of [
      [getReservation, 'GET'],
      [deleteReservation, 'DELETE'],
    ] as const) {
      expect((await at(handler, method, '/reservations/12345', { reservationId: '12345' })).status).toBe(401);
      const answer = await at(handler, method, '/reservations/12345', { reservationId: '12345' }, { as: user });
      expect([answer.status, answer.body.code, answer.body.detail], method).toEqual([404, 'NOT_FOUND', 'No such reservation']);
    }
  });

  test('GET /admin/schedules/{scheduleId}/seats', async () => {
    const admin = await makeUser(db);
    const answer = await at(getAdminSeats, 'GET', '/admin/schedules/not-an-id/seats', { scheduleId: 'not-an-id' }, { as: admin });
    expect([answer.status, answer.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});
