import { expect, test } from '@playwright/test';
import { E2E_ADMIN, signedInApi } from './support/api-session';
import { concertWithLimit, runOutPass } from './support/queue-db';

test.describe('queue API', () => {
  test('a second user waits while the first is ACTIVE and is admitted by itself when the pass runs out', async ({
    playwright,
    baseURL,
  }) => {
    const concert = await concertWithLimit(1);
    const [first, second] = await Promise.all([signedInApi(playwright, baseURL!), signedInApi(playwright, baseURL!)]);

    const joined = await first.post('/api/v1/queue/tokens', { data: { concertId: concert.id } });
    expect(joined.status()).toBe(201);
    const firstTicket = await joined.json();
    expect(firstTicket).toMatchObject({ status: 'ACTIVE', position: null });

    const waiting = await second.post('/api/v1/queue/tokens', { data: { concertId: concert.id } });
    expect(waiting.status()).toBe(201);
    const ticket = await waiting.json();
    expect(ticket).toMatchObject({ status: 'WAITING', position: 1, activeUntil: null });
    expect(ticket.etaSeconds).toBeGreaterThan(0);

    // Joining again is the same place, not a second one.
    const again = await second.post('/api/v1/queue/tokens', { data: { concertId: concert.id } });
    expect(again.status()).toBe(200);
    expect((await again.json()).token).toBe(ticket.token);

    // A waiting token cannot use the gated endpoints yet.
    const gated = await second.get(`/api/v1/concerts/${concert.id}/schedules`, { headers: { 'x-queue-token': ticket.token } });
    expect(gated.status()).toBe(403);
    expect((await gated.json()).code).toBe('QUEUE_TOKEN_WAITING');

    await runOutPass(firstTicket.token);
    // No request of ours admits anyone: the server's ticker does, within about a second when the
    // machine is idle (tests/queue/recent-token.test.ts pins that with a clock). Under a loaded
    // test run its beat comes later, so this waits long enough never to fail by bad luck.
    await expect
      .poll(
        async () =>
          (await (await second.get('/api/v1/queue/tokens/current', { headers: { 'x-queue-token': ticket.token } })).json())
            .status,
        { timeout: 20_000 },
      )
      .toBe('ACTIVE');
    const expired = await first.get('/api/v1/queue/tokens/current', { headers: { 'x-queue-token': firstTicket.token } });
    expect(expired.status()).toBe(410);
    expect((await expired.json()).code).toBe('QUEUE_TOKEN_EXPIRED');
    // The answer depends on a header, not the URL: no cache may replay it for a new token.
    expect(expired.headers()['cache-control']).toBe('no-store');
  });

  test('refuses bad input with problem+json and never a 500', async ({ playwright, baseURL, request }) => {
    const user = await signedInApi(playwright, baseURL!);
    const cases: [string, Promise<import('@playwright/test').APIResponse>, number, string][] = [
      ['signed out', request.post('/api/v1/queue/tokens', { data: { concertId: crypto.randomUUID() } }), 401, 'UNAUTHENTICATED'],
      ['malformed id', user.post('/api/v1/queue/tokens', { data: { concertId: 'abc' } }), 400, 'VALIDATION_FAILED'],
      ['wrong type', user.post('/api/v1/queue/tokens', { data: { concertId: 42 } }), 400, 'VALIDATION_FAILED'],
      ['no body', user.post('/api/v1/queue/tokens'), 400, 'VALIDATION_FAILED'],
      ['unknown concert', user.post('/api/v1/queue/tokens', { data: { concertId: crypto.randomUUID() } }), 404, 'NOT_FOUND'],
      ['no token', user.get('/api/v1/queue/tokens/current'), 401, 'QUEUE_TOKEN_MISSING'],
      [
        'garbage token',
        user.get('/api/v1/queue/tokens/current', { headers: { 'x-queue-token': '../../etc' } }),
        401,
        'QUEUE_TOKEN_INVALID',
      ],
      ['unknown concert page', request.get(`/api/v1/concerts/${crypto.randomUUID()}`), 404, 'NOT_FOUND'],
      ['malformed concert page', request.get('/api/v1/concerts/not-an-id'), 404, 'NOT_FOUND'],
    ];
    for (const [name, pending, status, code] of cases) {
      const response = await pending;
      expect(response.status(), name).toBe(status);
      expect(response.headers()['content-type'], name).toContain('application/problem+json');
      expect((await response.json()).code, name).toBe(code);
    }
  });

  test('concerts are public; the admin queue endpoints are admins only and validate', async ({
    playwright,
    baseURL,
    request,
  }) => {
    const concerts = await (await request.get('/api/v1/concerts')).json();
    expect(concerts.length).toBeGreaterThan(0);
    expect(Object.keys(concerts[0]).sort()).toEqual(
      [
        'artist',
        'firstDate',
        'id',
        'lastDate',
        'maxPrice',
        'maxTicketsPerUser',
        'minPrice',
        'salesOpenAt',
        'title',
        'venue',
      ].sort(),
    );
    const detail = await (await request.get(`/api/v1/concerts/${concerts[0].id}`)).json();
    expect(detail.description).toEqual(expect.any(String));

    const fan = await signedInApi(playwright, baseURL!);
    expect((await fan.get('/api/v1/admin/queues')).status()).toBe(403);
    expect((await fan.patch(`/api/v1/admin/concerts/${concerts[0].id}/queue`, { data: { paused: true } })).status()).toBe(403);

    const admin = await signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password);
    const concert = await concertWithLimit(7);
    for (const body of [{}, { activeLimit: 0 }, { activeLimit: 100_001 }, { activeLimit: 2.5 }, { paused: 'yes' }]) {
      const refused = await admin.patch(`/api/v1/admin/concerts/${concert.id}/queue`, { data: body });
      expect(refused.status(), JSON.stringify(body)).toBe(400);
    }
    const unknown = await admin.patch(`/api/v1/admin/concerts/${crypto.randomUUID()}/queue`, { data: { paused: true } });
    expect(unknown.status()).toBe(404);
    const changed = await admin.patch(`/api/v1/admin/concerts/${concert.id}/queue`, { data: { activeLimit: 3, paused: true } });
    expect(await changed.json()).toEqual({ activeLimit: 3, paused: true });
    const figures = await (await admin.get('/api/v1/admin/queues')).json();
    expect(figures.find((f: { concertId: string }) => f.concertId === concert.id)).toMatchObject({
      activeLimit: 3,
      paused: true,
      waiting: 0,
      active: 0,
    });
  });
});
