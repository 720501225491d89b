/**
 * The HTTP face of refunds, cancelled dates, check-in and receipts, through the real route
 * handlers (session, role, idempotency and problem+json included) on the test database.
 */
import { beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { POST as postCheckIn } from '@/app/api/v1/admin/check-ins/route';
import { POST as postAdminRefund } from '@/app/api/v1/admin/reservations/[reservationId]/refund/route';
import { GET as getAdminReservations } from '@/app/api/v1/admin/reservations/route';
import { POST as postCancel } from '@/app/api/v1/admin/schedules/[scheduleId]/cancel/route';
import { GET as getReceipt } from '@/app/api/v1/payments/[paymentId]/route';
import { POST as postRefund } from '@/app/api/v1/reservations/[reservationId]/refund/route';
import { GET as getReservations } from '@/app/api/v1/reservations/route';
import type { RouteHandler } from '@/lib/http/route';
import type { UserView } from '@/lib/schemas/accounts';
import { makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { books } from '../wallet/wallet-fixtures';
import { HOUR, ticketHolder } from './refund-fixtures';

const session = vi.hoisted(() => ({ user: null as UserView | null }));
vi.mock('@/lib/auth/session', async () => {
  const { DomainError } = await import('@/lib/core/errors');
  const requireUser = async () => {
    if (!session.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    return session.user;
  };
  return {
    getSessionUser: async () => session.user,
    requireUser,
    requireAdmin: async () => {
      const user = await requireUser();
      if (user.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'This needs an administrator account');
      return user;
    },
    isAdmin: async (user: UserView | null) => user?.role === 'ADMIN',
  };
});

const db = openTestDb(10);
beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
});

interface Call {
  as?: { id: string; email: string; name: string; role: 'USER' | 'ADMIN' } | null;
  params?: Record<string, string>;
  body?: unknown;
  key?: string;
}

async function call(handler: RouteHandler, method: string, path: string, options: Call = {}) {
  const headers = new Headers(options.key ? { 'idempotency-key': options.key } : {});
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  session.user = options.as ? { id: options.as.id, email: options.as.email, name: options.as.name, role: options.as.role } : null;
  try {
    const response = await handler(
      new Request(`http://encore.test/api/v1${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
      { params: Promise.resolve(options.params ?? {}) },
    );
    return { status: response.status, headers: response.headers, body: await response.json() };
  } finally {
    session.user = null;
  }
}

// The routes read the real clock: shows are a week away, well past the 24-hour cutoff.
const holderOf = (options: { tickets?: number; showIn?: number } = {}) =>
  ticketHolder(db, { now: new Date(), showIn: options.showIn ?? 7 * 24 * HOUR, tickets: options.tickets ?? 2 });
const refundAs = (as: Call['as'], reservationId: string, key?: string) =>
  call(postRefund, 'POST', `/reservations/${reservationId}/refund`, { as, params: { reservationId }, key });

describe('POST /api/v1/reservations/{id}/refund', () => {
  test('200 with the REFUNDED reservation; a replay with its key answers the same; without, 409', async () => {
    const { user, ids } = await holderOf();
    const before = await books(db, user.id);
    const first = await refundAs(user, ids[0], 'refund-1');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: ids[0], status: 'REFUNDED', ticketCode: null });

    const replay = await refundAs(user, ids[0], 'refund-1');
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    expect(replay.body).toEqual(first.body);
    expect((await books(db, user.id)).balance).toBe(before.balance + 50_000);

    const again = await refundAs(user, ids[0]);
    expect([again.status, again.body.code]).toEqual([409, 'RESERVATION_NOT_REFUNDABLE']);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
  });

  test('one key names one refund: the same key on another ticket is IDEMPOTENCY_KEY_REUSED, and refunds nothing', async () => {
    const { user, ids } = await holderOf();
    expect((await refundAs(user, ids[0], 'same-key')).status).toBe(200);
    const other = await refundAs(user, ids[1], 'same-key');
    expect([other.status, other.body.code]).toEqual([409, 'IDEMPOTENCY_KEY_REUSED']);
    expect((await db.reservation.findUniqueOrThrow({ where: { id: ids[1] } })).status).toBe('CONFIRMED');
  });

  test("401 signed out, 404 for someone else's ticket or a malformed id, 409 inside the cutoff", async () => {
    const { user, ids } = await holderOf();
    const stranger = await makeUser(db);
    expect((await refundAs(null, ids[0])).status).toBe(401);
    expect((await refundAs(stranger, ids[0])).body.code).toBe('NOT_FOUND');
    expect((await refundAs(user, 'not-an-id')).status).toBe(404);

    const soon = await holderOf({ showIn: 2 * HOUR, tickets: 1 });
    const late = await refundAs(soon.user, soon.ids[0]);
    expect([late.status, late.body.detail]).toEqual([409, 'Refunds close 24 hours before the show']);
  });
});

describe('admin: refunds, cancelled dates, check-in', () => {
  test('an admin refunds any ticket with no cutoff; a fan on that endpoint is 403', async () => {
    const admin = await makeUser(db, { role: 'ADMIN' });
    const { user, ids } = await holderOf({ showIn: 2 * HOUR });
    const path = `/admin/reservations/${ids[0]}/refund`;
    expect((await call(postAdminRefund, 'POST', path, { as: user, params: { reservationId: ids[0] } })).status).toBe(403);
    const refunded = await call(postAdminRefund, 'POST', path, { as: admin, params: { reservationId: ids[0] } });
    expect([refunded.status, refunded.body.status]).toEqual([200, 'REFUNDED']);
  });

  test('cancelling a date answers what it did', async () => {
    const admin = await makeUser(db, { role: 'ADMIN' });
    const { concert } = await holderOf({ tickets: 3 });
    const scheduleId = concert.schedules[0].id;
    const answer = await call(postCancel, 'POST', `/admin/schedules/${scheduleId}/cancel`, { as: admin, params: { scheduleId } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ scheduleId, holdsReleased: 0, ticketsRefunded: 3 });
  });

  test('check-in: 200 the first time, 409 with checkedInAt on a repeat, 404 for a forged code, 400 for none', async () => {
    const admin = await makeUser(db, { role: 'ADMIN' });
    const { tickets } = await holderOf({ tickets: 1 });
    const checkIn = (ticketCode: unknown) => call(postCheckIn, 'POST', '/admin/check-ins', { as: admin, body: { ticketCode } });

    const first = await checkIn(` ${tickets[0].ticketCode}\n`);
    expect(first.status).toBe(200);
    expect(first.body.reservation.id).toBe(tickets[0].id);
    const repeat = await checkIn(tickets[0].ticketCode);
    expect(repeat.status).toBe(409);
    expect(repeat.body).toMatchObject({ code: 'TICKET_ALREADY_USED', checkedInAt: first.body.checkedInAt });
    expect((await checkIn('forged-code')).status).toBe(404);
    expect((await checkIn('')).status).toBe(400);
  });
});

describe('who sees a ticket code and a receipt', () => {
  test('the holder sees the codes of CONFIRMED tickets; the admin list never shows codes', async () => {
    const admin = await makeUser(db, { role: 'ADMIN' });
    const { user, ids, tickets, concert } = await holderOf();
    await refundAs(user, ids[1]);
    const mine = await call(getReservations, 'GET', '/reservations', { as: user });
    const codes = new Map((mine.body as { id: string; ticketCode: string | null }[]).map((r) => [r.id, r.ticketCode]));
    expect([codes.get(ids[0]), codes.get(ids[1])]).toEqual([tickets[0].ticketCode, null]);

    const listed = await call(getAdminReservations, 'GET', `/admin/reservations?concertId=${concert.id}`, { as: admin });
    expect(listed.status).toBe(200);
    for (const item of listed.body.items) expect(item).not.toHaveProperty('ticketCode');
  });

  test('GET /api/v1/payments/{id}: the payer and admins; anyone else 404', async () => {
    const admin = await makeUser(db, { role: 'ADMIN' });
    const stranger = await makeUser(db);
    const { user, tickets } = await holderOf({ tickets: 1 });
    const paymentId = tickets[0].paymentId!;
    const read = (as: Call['as']) => call(getReceipt, 'GET', `/payments/${paymentId}`, { as, params: { paymentId } });
    expect((await read(user)).body).toMatchObject({ id: paymentId, amount: 50_000, items: [{ reservationId: tickets[0].id }] });
    expect((await read(admin)).status).toBe(200);
    expect((await read(stranger)).status).toBe(404);
    expect((await read(null)).status).toBe(401);
  });
});
