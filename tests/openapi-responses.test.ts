/**
 * The response schemas of the OpenAPI document must say what the handlers really answer. Every
 * operation is called through its real route handler against the test database, and its body is
 * parsed with the schema its own `doc` declares for that status. The schemas are strict objects,
 * so a field the document does not name fails as surely as a missing one.
 */
import { beforeAll, describe, expect, inject, test, vi } from 'vitest';
import type { ZodType } from 'zod';
import * as adminCheckIns from '@/app/api/v1/admin/check-ins/route';
import * as adminConcertQueue from '@/app/api/v1/admin/concerts/[concertId]/queue/route';
import * as adminConcert from '@/app/api/v1/admin/concerts/[concertId]/route';
import * as adminConcerts from '@/app/api/v1/admin/concerts/route';
import * as adminQueueHistory from '@/app/api/v1/admin/queues/[concertId]/history/route';
import * as adminQueues from '@/app/api/v1/admin/queues/route';
import * as adminRefund from '@/app/api/v1/admin/reservations/[reservationId]/refund/route';
import * as adminReservations from '@/app/api/v1/admin/reservations/route';
import * as adminSales from '@/app/api/v1/admin/sales/route';
import * as adminCancelDate from '@/app/api/v1/admin/schedules/[scheduleId]/cancel/route';
import * as adminSeats from '@/app/api/v1/admin/schedules/[scheduleId]/seats/route';
import * as concertSchedules from '@/app/api/v1/concerts/[concertId]/schedules/route';
import * as concert from '@/app/api/v1/concerts/[concertId]/route';
import * as concerts from '@/app/api/v1/concerts/route';
import * as healthLive from '@/app/api/v1/health/live/route';
import * as healthReady from '@/app/api/v1/health/ready/route';
import * as health from '@/app/api/v1/health/route';
import * as me from '@/app/api/v1/me/route';
import * as openapi from '@/app/api/v1/openapi.json/route';
import { API_ROUTES } from '@/app/api/v1/openapi.json/routes';
import * as payment from '@/app/api/v1/payments/[paymentId]/route';
import * as payments from '@/app/api/v1/payments/route';
import * as queueCurrent from '@/app/api/v1/queue/tokens/current/route';
import * as queueTokens from '@/app/api/v1/queue/tokens/route';
import * as refund from '@/app/api/v1/reservations/[reservationId]/refund/route';
import * as reservation from '@/app/api/v1/reservations/[reservationId]/route';
import * as reservations from '@/app/api/v1/reservations/route';
import * as seats from '@/app/api/v1/schedules/[scheduleId]/seats/route';
import * as users from '@/app/api/v1/users/route';
import * as walletCharges from '@/app/api/v1/wallet/charges/route';
import * as wallet from '@/app/api/v1/wallet/route';
import * as walletTransactions from '@/app/api/v1/wallet/transactions/route';
import type { RouteHandler } from '@/lib/http/route';
import type { UserView } from '@/lib/schemas/accounts';
import { makeHeldReservation, makeTicket, seatsOf } from '@/lib/testing/booking-factories';
import { makeConcert, makeQueueToken, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';

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

const db = openTestDb(5);
beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  process.env.AUTH_SECRET ??= 'response-test-secret-response-test-secret';
});

interface Request {
  as?: UserView;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  token?: string;
}

interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  handler: RouteHandler;
  status: number;
  /** Makes the data the call needs and describes the call. */
  request: () => Promise<Request>;
  /** What the answer must show beyond its shape, so a case cannot pass on an empty list. */
  check?: (body: never) => void;
}

async function send(c: Case, request: Request) {
  const url = new URL(`http://encore.test/api/v1${c.path.replace(/\{(\w+)\}/g, (_, name) => request.params![name])}`);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers(request.token ? { 'x-queue-token': request.token } : {});
  if (request.body !== undefined) headers.set('content-type', 'application/json');
  session.user = request.as ?? null;
  try {
    const response = await c.handler(
      new Request(url, {
        method: c.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      }),
      { params: Promise.resolve(request.params ?? {}) },
    );
    return { status: response.status, body: await response.json() };
  } finally {
    session.user = null;
  }
}

// The session holds what next-auth's session callback puts there (lib/auth/options.ts).
const signedIn = ({ id, email, name, role }: UserView): UserView => ({ id, email, name, role });
const fan = () => makeUser(db).then(signedIn);
const admin = () => makeUser(db, { role: 'ADMIN' }).then(signedIn);
const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000);

/** A user admitted to a new concert: an ACTIVE token that outlasts the test. */
async function admitted(options: { activeLimit?: number } = {}) {
  const user = await fan();
  const show = await makeConcert(db, { dates: [inFuture(20), inFuture(21)], seats: 4, price: 40_000, ...options });
  const token = await makeQueueToken(db, user.id, show.id, { activeSeconds: 3_600 });
  return { user, show, token: token.token };
}

async function holding(options: { balance?: number } = {}) {
  const a = await admitted();
  if (options.balance) await db.user.update({ where: { id: a.user.id }, data: { balance: options.balance } });
  const [first] = await seatsOf(db, a.show);
  const held = await makeHeldReservation(db, { userId: a.user.id, seat: first, holdSeconds: 3_600 });
  return { ...a, held };
}

/** A fan with a paid ticket for a date three weeks away. */
async function ticketed() {
  const { user, show } = await admitted();
  const [first] = await seatsOf(db, show);
  return { user, show, ticket: await makeTicket(db, { userId: user.id, seat: first }) };
}

async function charged(amounts: number[]) {
  const user = await fan();
  for (const amount of amounts) {
    const answer = await send(
      cases.find((c) => c.handler === walletCharges.POST)!,
      { as: user, body: { amount } },
    );
    expect(answer.status).toBe(201);
  }
  return user;
}

const cases: Case[] = [
  {
    method: 'POST',
    path: '/users',
    handler: users.POST,
    status: 201,
    request: async () => ({
      body: { email: `New-${crypto.randomUUID().slice(0, 8)}@Test.Encore`, password: 'long-enough', name: 'New Fan' },
    }),
  },
  { method: 'GET', path: '/me', handler: me.GET, status: 200, request: async () => ({ as: await fan() }) },
  {
    method: 'PATCH',
    path: '/me',
    handler: me.PATCH,
    status: 200,
    request: async () => ({ as: await fan(), body: { locale: 'en', theme: 'dark' } }),
  },
  {
    method: 'POST',
    path: '/queue/tokens',
    handler: queueTokens.POST,
    status: 201,
    // The one slot is taken, so this ticket is WAITING: position and etaSeconds are numbers.
    request: async () => {
      const { show } = await admitted({ activeLimit: 1 });
      return { as: await fan(), body: { concertId: show.id } };
    },
    check: (ticket: { status: string; position: number }) => expect([ticket.status, ticket.position]).toEqual(['WAITING', 1]),
  },
  {
    method: 'POST',
    path: '/queue/tokens',
    handler: queueTokens.POST,
    status: 200,
    request: async () => {
      const { user, show } = await admitted();
      return { as: user, body: { concertId: show.id } };
    },
    check: (ticket: { status: string; activeUntil: string }) => expect(ticket.status).toBe('ACTIVE'),
  },
  {
    method: 'GET',
    path: '/queue/tokens/current',
    handler: queueCurrent.GET,
    status: 200,
    request: async () => {
      const { user, token } = await admitted();
      return { as: user, token };
    },
  },
  {
    method: 'GET',
    path: '/concerts',
    handler: concerts.GET,
    status: 200,
    request: async () => {
      await makeConcert(db);
      return {};
    },
    check: (list: unknown[]) => expect(list.length).toBeGreaterThan(0),
  },
  {
    method: 'GET',
    path: '/concerts/{concertId}',
    handler: concert.GET,
    status: 200,
    request: async () => ({ params: { concertId: (await makeConcert(db)).id } }),
  },
  {
    method: 'GET',
    path: '/concerts/{concertId}/schedules',
    handler: concertSchedules.GET,
    status: 200,
    request: async () => {
      const { user, show, token } = await admitted();
      return { as: user, token, params: { concertId: show.id } };
    },
    check: (dates: unknown[]) => expect(dates).toHaveLength(2),
  },
  {
    method: 'GET',
    path: '/schedules/{scheduleId}/seats',
    handler: seats.GET,
    status: 200,
    request: async () => {
      const { user, show, token } = await holding();
      return { as: user, token, params: { scheduleId: show.schedules[0].id } };
    },
    check: (map: { status: string }[]) =>
      expect(map.map((s) => s.status)).toEqual(['HELD', 'AVAILABLE', 'AVAILABLE', 'AVAILABLE']),
  },
  {
    method: 'POST',
    path: '/reservations',
    handler: reservations.POST,
    status: 201,
    request: async () => {
      const { user, show, token } = await admitted();
      const [seat] = await seatsOf(db, show);
      return { as: user, token, body: { seatId: seat.id } };
    },
  },
  {
    method: 'GET',
    path: '/reservations',
    handler: reservations.GET,
    status: 200,
    request: async () => ({ as: (await holding()).user }),
    check: (list: unknown[]) => expect(list).toHaveLength(1),
  },
  {
    method: 'GET',
    path: '/reservations/{reservationId}',
    handler: reservation.GET,
    status: 200,
    request: async () => {
      const { user, held } = await holding();
      return { as: user, params: { reservationId: held.id } };
    },
  },
  {
    method: 'DELETE',
    path: '/reservations/{reservationId}',
    handler: reservation.DELETE,
    status: 200,
    request: async () => {
      const { user, held } = await holding();
      return { as: user, params: { reservationId: held.id } };
    },
    check: (cancelled: { status: string }) => expect(cancelled.status).toBe('CANCELLED'),
  },
  {
    method: 'GET',
    path: '/wallet',
    handler: wallet.GET,
    status: 200,
    request: async () => ({ as: await charged([5_000]) }),
  },
  {
    method: 'POST',
    path: '/wallet/charges',
    handler: walletCharges.POST,
    status: 201,
    request: async () => ({ as: await fan(), body: { amount: 70_000 } }),
  },
  {
    method: 'GET',
    path: '/wallet/transactions',
    handler: walletTransactions.GET,
    status: 200,
    request: async () => ({ as: await charged([1_000, 2_000]), query: { limit: '1' } }),
    check: (page: { items: unknown[]; nextCursor: string | null }) => {
      expect(page.items).toHaveLength(1);
      expect(typeof page.nextCursor).toBe('string');
    },
  },
  {
    method: 'POST',
    path: '/payments',
    handler: payments.POST,
    status: 201,
    request: async () => {
      const { user, token, held } = await holding({ balance: 100_000 });
      return { as: user, token, body: { reservationIds: [held.id] } };
    },
    check: (paid: { reservations: { status: string }[] }) =>
      expect(paid.reservations.map((r) => r.status)).toEqual(['CONFIRMED']),
  },
  {
    method: 'POST',
    path: '/admin/concerts',
    handler: adminConcerts.POST,
    status: 201,
    request: async () => ({
      as: await admin(),
      body: {
        title: 'Schema Tour',
        artist: 'The Validators',
        venue: 'Strict Hall',
        schedules: [{ startsAt: inFuture(30).toISOString(), seatCount: 3, price: 55_000 }],
      },
    }),
  },
  {
    method: 'PATCH',
    path: '/admin/concerts/{concertId}',
    handler: adminConcert.PATCH,
    status: 200,
    request: async () => ({
      as: await admin(),
      params: { concertId: (await makeConcert(db)).id },
      body: { title: 'Renamed Tour', maxTicketsPerUser: 2 },
    }),
    check: (concert: { title: string; maxTicketsPerUser: number }) =>
      expect(concert).toMatchObject({ title: 'Renamed Tour', maxTicketsPerUser: 2 }),
  },
  {
    method: 'PATCH',
    path: '/admin/concerts/{concertId}/queue',
    handler: adminConcertQueue.PATCH,
    status: 200,
    request: async () => ({ as: await admin(), params: { concertId: (await makeConcert(db)).id }, body: { paused: true } }),
  },
  {
    method: 'GET',
    path: '/admin/queues',
    handler: adminQueues.GET,
    status: 200,
    request: async () => {
      await admitted();
      return { as: await admin() };
    },
    check: (figures: unknown[]) => expect(figures.length).toBeGreaterThan(0),
  },
  {
    method: 'GET',
    path: '/admin/reservations',
    handler: adminReservations.GET,
    status: 200,
    request: async () => {
      const { show } = await holding();
      return { as: await admin(), query: { concertId: show.id } };
    },
    check: (list: { items: unknown[] }) => expect(list.items).toHaveLength(1),
  },
  {
    method: 'GET',
    path: '/admin/queues/{concertId}/history',
    handler: adminQueueHistory.GET,
    status: 200,
    request: async () => ({ as: await admin(), params: { concertId: (await admitted()).show.id } }),
  },
  {
    method: 'GET',
    path: '/admin/sales',
    handler: adminSales.GET,
    status: 200,
    request: async () => ({ as: await admin() }),
  },
  {
    method: 'GET',
    path: '/admin/schedules/{scheduleId}/seats',
    handler: adminSeats.GET,
    status: 200,
    request: async () => ({ as: await admin(), params: { scheduleId: (await holding()).show.schedules[0].id } }),
  },
  {
    method: 'POST',
    path: '/reservations/{reservationId}/refund',
    handler: refund.POST,
    status: 200,
    request: async () => {
      const { user, ticket } = await ticketed();
      return { as: user, params: { reservationId: ticket.id } };
    },
    check: (refunded: { status: string }) => expect(refunded.status).toBe('REFUNDED'),
  },
  {
    method: 'POST',
    path: '/admin/reservations/{reservationId}/refund',
    handler: adminRefund.POST,
    status: 200,
    request: async () => ({ as: await admin(), params: { reservationId: (await ticketed()).ticket.id } }),
  },
  {
    method: 'POST',
    path: '/admin/schedules/{scheduleId}/cancel',
    handler: adminCancelDate.POST,
    status: 200,
    request: async () => ({ as: await admin(), params: { scheduleId: (await ticketed()).show.schedules[0].id } }),
    check: (cancelled: { ticketsRefunded: number }) => expect(cancelled.ticketsRefunded).toBe(1),
  },
  {
    method: 'POST',
    path: '/admin/check-ins',
    handler: adminCheckIns.POST,
    status: 200,
    request: async () => ({ as: await admin(), body: { ticketCode: (await ticketed()).ticket.ticketCode } }),
  },
  {
    method: 'GET',
    path: '/payments/{paymentId}',
    handler: payment.GET,
    status: 200,
    request: async () => {
      const { user, ticket } = await ticketed();
      return { as: user, params: { paymentId: ticket.paymentId! } };
    },
    check: (receipt: { items: unknown[] }) => expect(receipt.items).toHaveLength(1),
  },
  { method: 'GET', path: '/health', handler: health.GET, status: 200, request: async () => ({}) },
  { method: 'GET', path: '/health/live', handler: healthLive.GET, status: 200, request: async () => ({}) },
  { method: 'GET', path: '/health/ready', handler: healthReady.GET, status: 200, request: async () => ({}) },
  { method: 'GET', path: '/openapi.json', handler: openapi.GET, status: 200, request: async () => ({}) },
];

describe('documented response schemas', () => {
  test('every operation of the API has a case here', () => {
    const operations = [...API_ROUTES, { path: '/openapi.json', handlers: openapi }].flatMap((r) =>
      Object.keys(r.handlers)
        .filter((method) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
        .map((method) => `${method} ${r.path}`),
    );
    const covered = new Set(cases.map((c) => `${c.method} ${c.path}`));
    expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  test.each(cases.map((c) => [`${c.method} ${c.path} ${c.status}`, c] as const))(
    '%s parses with its documented schema',
    async (_, c) => {
      const schema = c.handler.spec.doc?.responses[c.status] as ZodType | null | undefined;
      expect(schema, 'the route documents this status with a schema').toBeTruthy();
      const answer = await send(c, await c.request());
      expect(answer.status, JSON.stringify(answer.body)).toBe(c.status);
      const parsed = schema!.safeParse(answer.body);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      c.check?.(answer.body as never);
    },
  );

  test('the schemas refuse a field they do not name', async () => {
    const c = cases.find((x) => x.handler === reservation.GET)!;
    const answer = await send(c, await c.request());
    expect(c.handler.spec.doc!.responses[200]!.safeParse({ ...answer.body, secret: 1 }).success).toBe(false);
  });
});
