import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_ADMIN, expectProblem, signedInApi } from './support/api-session';
import { pausedConcert } from './support/db';
import { concertOpeningIn, setTicketLimit } from './support/sale-db';

// The fair opening over HTTP (docs/api.md, "Queue"; issue #15): the pre-queue, the admin moving
// the opening, the draw, the pause, and the per-concert ticket limit.

const poll = (api: APIRequestContext, token: string) =>
  api.get('/api/v1/queue/tokens/current', { headers: { 'x-queue-token': token } });

test.describe('the fair opening over HTTP', () => {
  test('a fan joins before the opening, the admin brings it forward, and the fan is drawn a place', async ({
    playwright,
    baseURL,
  }) => {
    const concert = await concertOpeningIn(3600);
    const [fan, admin] = await Promise.all([
      signedInApi(playwright, baseURL!),
      signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password),
    ]);

    const listed = (await (await fan.get('/api/v1/concerts')).json()) as { id: string }[];
    expect(listed.find((c) => c.id === concert.id)).toMatchObject({ maxTicketsPerUser: 4, salesOpenAt: expect.any(String) });

    const joined = await fan.post('/api/v1/queue/tokens', { data: { concertId: concert.id } });
    expect(joined.status()).toBe(201);
    const ticket = await joined.json();
    expect(ticket).toMatchObject({ status: 'WAITING', position: null, etaSeconds: null, paused: false, joinedPosition: null });
    expect(new Date(ticket.opensAt).getTime()).toBeGreaterThan(Date.now() + 3500_000);

    // Brought forward to two seconds from now: the ticker draws within a second of it.
    const opened = await admin.patch(`/api/v1/admin/concerts/${concert.id}`, {
      data: { salesOpenAt: new Date(Date.now() + 2000).toISOString() },
    });
    expect(opened.status()).toBe(200);
    expect(await opened.json()).toMatchObject({ id: concert.id, salesOpened: false, maxTicketsPerUser: 4 });
    // Drawn first (the line has room, so admitted at once after): the place it joined at is 1.
    await expect.poll(async () => (await (await poll(fan, ticket.token)).json()).joinedPosition, { timeout: 10_000 }).toBe(1);
    expect(await (await poll(fan, ticket.token)).json()).toMatchObject({ opensAt: null, status: 'ACTIVE' });

    // Drawn: the opening can no longer move; the limit can.
    await expectProblem(
      await admin.patch(`/api/v1/admin/concerts/${concert.id}`, {
        data: { salesOpenAt: new Date(Date.now() + 3600_000).toISOString() },
      }),
      400,
      'VALIDATION_FAILED',
    );
    const limited = await admin.patch(`/api/v1/admin/concerts/${concert.id}`, { data: { maxTicketsPerUser: 2 } });
    expect(await limited.json()).toMatchObject({ salesOpened: true, maxTicketsPerUser: 2 });
  });

  test('PATCH /admin/concerts/{id} refuses what it should, with problem+json', async ({ playwright, baseURL }) => {
    const concert = await concertOpeningIn(3600);
    const [fan, admin] = await Promise.all([
      signedInApi(playwright, baseURL!),
      signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password),
    ]);
    const path = `/api/v1/admin/concerts/${concert.id}`;
    await expectProblem(await fan.patch(path, { data: { title: 'Mine now' } }), 403, 'FORBIDDEN');
    await expectProblem(await admin.patch(path, { data: {} }), 400, 'VALIDATION_FAILED');
    await expectProblem(await admin.patch(path, { data: { maxTicketsPerUser: 11 } }), 400, 'VALIDATION_FAILED');
    await expectProblem(await admin.patch(path, { data: { salesOpenAt: '2027-01-01 20:00' } }), 400, 'VALIDATION_FAILED');
    const late = await expectProblem(
      await admin.patch(path, { data: { salesOpenAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(late.errors).toEqual([{ path: 'salesOpenAt', message: 'Sales must open before the last date' }]);
    await expectProblem(
      await admin.patch(`/api/v1/admin/concerts/${crypto.randomUUID()}`, { data: { title: 'Nobody' } }),
      404,
      'NOT_FOUND',
    );
  });

  test('while admission is paused a poll says so and gives no estimate', async ({ playwright, baseURL }) => {
    const concert = await pausedConcert();
    const fan = await signedInApi(playwright, baseURL!);
    const ticket = await (await fan.post('/api/v1/queue/tokens', { data: { concertId: concert.id } })).json();
    expect(ticket).toMatchObject({ status: 'WAITING', position: 1, paused: true, etaSeconds: null, opensAt: null });
    expect(await (await poll(fan, ticket.token)).json()).toMatchObject({ paused: true, etaSeconds: null });
  });

  test('one fan may hold only the concert’s maxTicketsPerUser: one more is 409 TICKET_LIMIT_REACHED', async ({
    playwright,
    baseURL,
  }) => {
    const concert = await pausedConcert();
    await setTicketLimit(concert.id, 2);
    const admin = await signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.patch(`/api/v1/admin/concerts/${concert.id}/queue`, { data: { paused: false } });
    const fan = await signedInApi(playwright, baseURL!);
    const ticket = await (await fan.post('/api/v1/queue/tokens', { data: { concertId: concert.id } })).json();
    expect(ticket.status).toBe('ACTIVE');
    const headers = { 'x-queue-token': ticket.token };
    const holds = await Promise.all(
      concert.seats.slice(0, 5).map((seat) => fan.post('/api/v1/reservations', { headers, data: { seatId: seat.id } })),
    );
    expect(holds.map((r) => r.status()).sort()).toEqual([201, 201, 409, 409, 409]);
    for (const refused of holds.filter((r) => r.status() === 409)) await expectProblem(refused, 409, 'TICKET_LIMIT_REACHED');
  });
});
