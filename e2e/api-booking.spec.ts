import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { E2E_ADMIN, expectProblem, idOf, signedInApi } from './support/api-session';
import { passFor, pausedConcert } from './support/db';

// The "Concerts, dates and seats", "Reservations" and admin booking parts of docs/api.md, over HTTP.

const RESERVATION_KEYS =
  'checkedInAt concertId createdAt grade heldUntil id paymentId price scheduleId seatId seatLabel seatNumber startsAt status ticketCode'.split(
    ' ',
  );

const pass = (token: string) => ({ headers: { 'x-queue-token': token } });

test.describe('booking API', () => {
  test('an admitted fan sees dates and seats, holds a seat and releases it; another fan cannot touch it', async ({
    playwright,
    baseURL,
  }) => {
    const concert = await pausedConcert({ seats: 5, price: 120_000 });
    const [alice, bob] = await Promise.all([signedInApi(playwright, baseURL!), signedInApi(playwright, baseURL!)]);
    const [aliceToken, bobToken] = await Promise.all([
      passFor(await idOf(alice), concert.id),
      passFor(await idOf(bob), concert.id),
    ]);
    const [date] = concert.schedules;
    const seat = concert.seats[0];

    const schedules = await alice.get(`/api/v1/concerts/${concert.id}/schedules`, pass(aliceToken));
    expect(schedules.status()).toBe(200);
    expect(await schedules.json()).toEqual(
      concert.schedules.map((s) => ({ id: s.id, startsAt: s.startsAt, totalSeats: 5, availableSeats: 5 })),
    );
    const seats = await alice.get(`/api/v1/schedules/${date.id}/seats`, pass(aliceToken));
    expect(seats.status()).toBe(200);
    expect(await seats.json()).toEqual(
      concert.seats.map((s) => ({
        id: s.id,
        number: s.number,
        row: 'A',
        label: `A${s.number}`,
        grade: null,
        price: 120_000,
        status: 'AVAILABLE',
      })),
    );

    const held = await alice.post('/api/v1/reservations', { ...pass(aliceToken), data: { seatId: seat.id } });
    expect(held.status()).toBe(201);
    const reservation = await held.json();
    expect(Object.keys(reservation).sort()).toEqual(RESERVATION_KEYS);
    expect(reservation).toMatchObject({
      concertId: concert.id,
      scheduleId: date.id,
      seatId: seat.id,
      seatNumber: 1,
      seatLabel: 'A1',
      grade: null,
      startsAt: date.startsAt,
      price: 120_000,
      status: 'HELD',
    });
    expect(Date.parse(reservation.heldUntil) - Date.parse(reservation.createdAt)).toBe(300_000);

    await expectProblem(
      await bob.post('/api/v1/reservations', { ...pass(bobToken), data: { seatId: seat.id } }),
      409,
      'SEAT_UNAVAILABLE',
    );
    const seatMap = await (await bob.get(`/api/v1/schedules/${date.id}/seats`, pass(bobToken))).json();
    expect(seatMap[0]).toMatchObject({ id: seat.id, status: 'HELD' });
    const dates = await (await bob.get(`/api/v1/concerts/${concert.id}/schedules`, pass(bobToken))).json();
    expect(dates[0].availableSeats).toBe(4);

    // Another fan's reservation does not exist for them, and they change nothing.
    await expectProblem(await bob.get(`/api/v1/reservations/${reservation.id}`), 404, 'NOT_FOUND');
    await expectProblem(await bob.delete(`/api/v1/reservations/${reservation.id}`), 404, 'NOT_FOUND');
    expect(await (await bob.get('/api/v1/reservations')).json()).toEqual([]);
    expect(await (await alice.get(`/api/v1/reservations/${reservation.id}`)).json()).toEqual(reservation);
    expect(await (await alice.get('/api/v1/reservations')).json()).toEqual([reservation]);

    const released = await alice.delete(`/api/v1/reservations/${reservation.id}`);
    expect(released.status()).toBe(200);
    expect(await released.json()).toMatchObject({ id: reservation.id, status: 'CANCELLED' });
    await expectProblem(await alice.delete(`/api/v1/reservations/${reservation.id}`), 409, 'RESERVATION_NOT_CANCELLABLE');

    const taken = await bob.post('/api/v1/reservations', { ...pass(bobToken), data: { seatId: seat.id } });
    expect(taken.status()).toBe(201);
  });

  test('refuses bad input on every booking endpoint with a 4xx problem, never a 500', async ({ playwright, baseURL }) => {
    const concert = await pausedConcert({ seats: 2 });
    const fan = await signedInApi(playwright, baseURL!);
    const token = await passFor(await idOf(fan), concert.id);
    const [date] = concert.schedules;
    const [seat, other] = concert.seats;
    const mine = await (await fan.post('/api/v1/reservations', { ...pass(token), data: { seatId: other.id } })).json();
    const hold = (init: Parameters<APIRequestContext['post']>[1]) =>
      fan.post('/api/v1/reservations', { ...init, headers: { ...init?.headers, 'x-queue-token': token } });
    const unknown = randomUUID();

    const cases: [string, Promise<APIResponse>, number, string][] = [
      ['dates: malformed concert id', fan.get('/api/v1/concerts/not-a-uuid/schedules', pass(token)), 404, 'NOT_FOUND'],
      ['dates: unknown concert', fan.get(`/api/v1/concerts/${unknown}/schedules`, pass(token)), 404, 'NOT_FOUND'],
      ['dates: a date id as concert', fan.get(`/api/v1/concerts/${date.id}/schedules`, pass(token)), 404, 'NOT_FOUND'],
      ['dates: a seat id as concert', fan.get(`/api/v1/concerts/${seat.id}/schedules`, pass(token)), 404, 'NOT_FOUND'],
      ['seats: malformed date id', fan.get('/api/v1/schedules/1%27%20OR%201=1/seats', pass(token)), 404, 'NOT_FOUND'],
      ['seats: unknown date', fan.get(`/api/v1/schedules/${unknown}/seats`, pass(token)), 404, 'NOT_FOUND'],
      ['seats: a concert id as date', fan.get(`/api/v1/schedules/${concert.id}/seats`, pass(token)), 404, 'NOT_FOUND'],
      ['seats: a seat id as date', fan.get(`/api/v1/schedules/${seat.id}/seats`, pass(token)), 404, 'NOT_FOUND'],
      ['hold: no body', hold({}), 400, 'VALIDATION_FAILED'],
      [
        'hold: malformed JSON',
        hold({ headers: { 'content-type': 'application/json' }, data: '{"seatId":' }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'hold: not JSON',
        hold({ headers: { 'content-type': 'text/plain' }, data: `seatId=${seat.id}` }),
        400,
        'VALIDATION_FAILED',
      ],
      ['hold: an array', hold({ data: [seat.id] }), 400, 'VALIDATION_FAILED'],
      ['hold: null', hold({ headers: { 'content-type': 'application/json' }, data: 'null' }), 400, 'VALIDATION_FAILED'],
      ['hold: no seatId', hold({ data: { seat: seat.id } }), 400, 'VALIDATION_FAILED'],
      ['hold: seatId a number', hold({ data: { seatId: 42 } }), 400, 'VALIDATION_FAILED'],
      ['hold: seatId an object', hold({ data: { seatId: { id: seat.id } } }), 400, 'VALIDATION_FAILED'],
      ['hold: seatId malformed', hold({ data: { seatId: 'seat-1' } }), 400, 'VALIDATION_FAILED'],
      ['hold: seatId huge', hold({ data: { seatId: 'x'.repeat(60_000) } }), 400, 'VALIDATION_FAILED'],
      ['hold: unknown seat', hold({ data: { seatId: unknown } }), 404, 'NOT_FOUND'],
      ['hold: a concert id as seat', hold({ data: { seatId: concert.id } }), 404, 'NOT_FOUND'],
      ['hold: a date id as seat', hold({ data: { seatId: date.id } }), 404, 'NOT_FOUND'],
      ['hold: a reservation id as seat', hold({ data: { seatId: mine.id } }), 404, 'NOT_FOUND'],
      ['hold: your own held seat', hold({ data: { seatId: other.id } }), 409, 'SEAT_UNAVAILABLE'],
      ['read: malformed id', fan.get('/api/v1/reservations/12345'), 404, 'NOT_FOUND'],
      ['read: unknown id', fan.get(`/api/v1/reservations/${unknown}`), 404, 'NOT_FOUND'],
      ['read: a seat id as reservation', fan.get(`/api/v1/reservations/${seat.id}`), 404, 'NOT_FOUND'],
      ['cancel: malformed id', fan.delete('/api/v1/reservations/not-an-id'), 404, 'NOT_FOUND'],
      ['cancel: unknown id', fan.delete(`/api/v1/reservations/${unknown}`), 404, 'NOT_FOUND'],
      ['cancel: a seat id as reservation', fan.delete(`/api/v1/reservations/${other.id}`), 404, 'NOT_FOUND'],
    ];
    for (const [name, pending, status, code] of cases) await expectProblem(await pending, status, code, name);

    // None of it held or released anything.
    const seats = await (await fan.get(`/api/v1/schedules/${date.id}/seats`, pass(token))).json();
    expect(seats.map((s: { status: string }) => s.status)).toEqual(['AVAILABLE', 'HELD']);
    expect((await (await fan.get('/api/v1/reservations')).json()).map((r: { id: string }) => r.id)).toEqual([mine.id]);
  });

  test('the queue gate answers every wrong pass with its code, and a refused hold changes nothing', async ({
    playwright,
    baseURL,
    request,
  }) => {
    const [concert, elsewhere] = await Promise.all([pausedConcert(), pausedConcert()]);
    const [alice, bob] = await Promise.all([signedInApi(playwright, baseURL!), signedInApi(playwright, baseURL!)]);
    const [aliceId, bobId] = await Promise.all([idOf(alice), idOf(bob)]);
    const [active, expired, otherConcert, waiting] = await Promise.all([
      passFor(aliceId, concert.id),
      passFor(aliceId, concert.id, 'EXPIRED'),
      passFor(aliceId, elsewhere.id),
      passFor(bobId, concert.id, 'WAITING'),
    ]);
    const seat = concert.seats[0];
    const gated: [string, (api: APIRequestContext, headers: Record<string, string>) => Promise<APIResponse>][] = [
      ['dates', (api, headers) => api.get(`/api/v1/concerts/${concert.id}/schedules`, { headers })],
      ['seats', (api, headers) => api.get(`/api/v1/schedules/${concert.schedules[0].id}/seats`, { headers })],
      ['hold', (api, headers) => api.post('/api/v1/reservations', { headers, data: { seatId: seat.id } })],
    ];

    const wrongPasses: [string, APIRequestContext, Record<string, string>, number, string][] = [
      ['signed out', request, { 'x-queue-token': active }, 401, 'UNAUTHENTICATED'],
      ['no pass', alice, {}, 401, 'QUEUE_TOKEN_MISSING'],
      ['garbage', alice, { 'x-queue-token': 'nonsense' }, 401, 'QUEUE_TOKEN_INVALID'],
      ['unknown', alice, { 'x-queue-token': 'A'.repeat(43) }, 401, 'QUEUE_TOKEN_INVALID'],
      ["another user's", alice, { 'x-queue-token': waiting }, 401, 'QUEUE_TOKEN_INVALID'],
      ['waiting', bob, { 'x-queue-token': waiting }, 403, 'QUEUE_TOKEN_WAITING'],
      ['expired', alice, { 'x-queue-token': expired }, 410, 'QUEUE_TOKEN_EXPIRED'],
      ["another concert's", alice, { 'x-queue-token': otherConcert }, 401, 'QUEUE_TOKEN_INVALID'],
    ];
    for (const [name, send] of gated) {
      for (const [why, api, headers, status, code] of wrongPasses) {
        await expectProblem(await send(api, headers), status, code, `${name}: ${why} pass`);
      }
    }

    const seats = await (await alice.get(`/api/v1/schedules/${concert.schedules[0].id}/seats`, pass(active))).json();
    expect(seats[0]).toMatchObject({ id: seat.id, status: 'AVAILABLE' });
    expect(await (await alice.get('/api/v1/reservations')).json()).toEqual([]);
    expect(await (await bob.get('/api/v1/reservations')).json()).toEqual([]);
  });

  test('admins create concerts and list reservations; everyone else is refused', async ({ playwright, baseURL, request }) => {
    const fan = await signedInApi(playwright, baseURL!);
    const admin = await signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password);
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const body = {
      title: `  Admin Made ${randomUUID().slice(0, 6)} `,
      artist: 'The Admins',
      venue: 'Hall A',
      description: 'Made over HTTP',
      schedules: [
        { startsAt: day(12), seatCount: 3, price: 55_000 },
        { startsAt: day(10), seatCount: 2, price: 66_000 },
      ],
    };

    await expectProblem(await request.post('/api/v1/admin/concerts', { data: body }), 401, 'UNAUTHENTICATED');
    await expectProblem(await fan.post('/api/v1/admin/concerts', { data: body }), 403, 'FORBIDDEN');
    await expectProblem(await request.get('/api/v1/admin/reservations'), 401, 'UNAUTHENTICATED');
    await expectProblem(await fan.get('/api/v1/admin/reservations'), 403, 'FORBIDDEN');

    const created = await admin.post('/api/v1/admin/concerts', { data: body });
    expect(created.status()).toBe(201);
    const concert = await created.json();
    expect(concert).toMatchObject({
      title: body.title.trim(),
      artist: 'The Admins',
      venue: 'Hall A',
      description: 'Made over HTTP',
    });
    expect(concert.schedules.map((s: { startsAt: string; totalSeats: number }) => [s.startsAt, s.totalSeats])).toEqual([
      [body.schedules[1].startsAt, 2],
      [body.schedules[0].startsAt, 3],
    ]);

    const bad: [string, unknown, string[]][] = [
      ['empty', {}, ['artist', 'schedules', 'title', 'venue']],
      ['blank title', { ...body, title: '   ' }, ['title']],
      ['long venue', { ...body, venue: 'v'.repeat(201) }, ['venue']],
      ['description a number', { ...body, description: 7 }, ['description']],
      ['no dates', { ...body, schedules: [] }, ['schedules']],
      ['a date in the past', { ...body, schedules: [{ startsAt: day(-1), seatCount: 1, price: 1 }] }, ['schedules.0.startsAt']],
      [
        'a date without a zone',
        { ...body, schedules: [{ startsAt: '2031-05-01 19:00', seatCount: 1, price: 1 }] },
        ['schedules.0.startsAt'],
      ],
      ['too many seats', { ...body, schedules: [{ startsAt: day(3), seatCount: 501, price: 1 }] }, ['schedules.0.seatCount']],
      ['a fractional price', { ...body, schedules: [{ startsAt: day(3), seatCount: 1, price: 9.99 }] }, ['schedules.0.price']],
      ['a price as text', { ...body, schedules: [{ startsAt: day(3), seatCount: 1, price: '5000' }] }, ['schedules.0.price']],
      [
        'a price too high',
        { ...body, schedules: [{ startsAt: day(3), seatCount: 1, price: 10_000_001 }] },
        ['schedules.0.price'],
      ],
    ];
    for (const [name, data, paths] of bad) {
      const problem = await expectProblem(await admin.post('/api/v1/admin/concerts', { data }), 400, 'VALIDATION_FAILED', name);
      expect(problem.errors.map((e: { path: string }) => e.path).sort(), name).toEqual(paths);
    }

    // A fan holds a seat of the new concert; the admin finds it by concert, date and status.
    const token = await passFor(await idOf(fan), concert.id);
    const seats = await (await fan.get(`/api/v1/schedules/${concert.schedules[0].id}/seats`, pass(token))).json();
    expect(seats.map((s: { number: number; price: number }) => [s.number, s.price])).toEqual([
      [1, 66_000],
      [2, 66_000],
    ]);
    const reservation = await (await fan.post('/api/v1/reservations', { ...pass(token), data: { seatId: seats[1].id } })).json();
    const fanEmail = (await (await fan.get('/api/v1/me')).json()).email;

    const list = (query: string) => admin.get(`/api/v1/admin/reservations?${query}`);
    const found = await list(`concertId=${concert.id}&scheduleId=${concert.schedules[0].id}&status=HELD`);
    expect(found.status()).toBe(200);
    // The admin list leaves ticket codes out: a code is its holder's alone.
    const { ticketCode, ...listed } = reservation;
    expect(ticketCode).toBeNull();
    expect(await found.json()).toEqual({ items: [{ ...listed, userEmail: fanEmail }] });
    expect(await (await list(`concertId=${concert.id}&status=EXPIRED`)).json()).toEqual({ items: [] });
    expect(await (await list(`concertId=${concert.id}&status=`)).json()).toMatchObject({ items: [{ id: reservation.id }] });
    await expectProblem(await list('concertId=abc'), 400, 'VALIDATION_FAILED', 'malformed concert filter');
    await expectProblem(await list('scheduleId=1%3B%20DROP%20TABLE'), 400, 'VALIDATION_FAILED', 'malformed date filter');
    await expectProblem(await list('status=PENDING'), 400, 'VALIDATION_FAILED', 'unknown status');
  });
});
