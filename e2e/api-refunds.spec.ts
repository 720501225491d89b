import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_ADMIN, expectProblem, idOf, signedInApi } from './support/api-session';
import { passFor } from './support/db';
import { reservationRow, ticketsFor } from './support/tickets-db';

// docs/api.md "Refunds", "Tickets and check-in" and receipts, over HTTP against `npm start`.

interface Reservation {
  id: string;
  status: string;
  paymentId: string | null;
  ticketCode: string | null;
  seatLabel: string;
}

const refund = (api: APIRequestContext, id: string, key?: string) =>
  api.post(`/api/v1/reservations/${id}/refund`, key ? { headers: { 'idempotency-key': key } } : {});
const balanceOf = async (api: APIRequestContext) => (await (await api.get('/api/v1/wallet')).json()).balance as number;

test.describe('refunds API', () => {
  test('a fan refunds a ticket once: a replay answers the same, a second try is 409, the wallet shows the REFUND', async ({
    playwright,
    baseURL,
  }) => {
    const fan = await signedInApi(playwright, baseURL!);
    const { tickets } = await ticketsFor(await idOf(fan), { price: 64_000 });
    const before = await balanceOf(fan);

    const first = await refund(fan, tickets[0].id, 'refund-e2e-1');
    expect(first.status()).toBe(200);
    const body = (await first.json()) as Reservation;
    expect(body).toMatchObject({ id: tickets[0].id, status: 'REFUNDED', ticketCode: null, paymentId: tickets[0].paymentId });
    const replay = await refund(fan, tickets[0].id, 'refund-e2e-1');
    expect(replay.headers()['idempotent-replayed']).toBe('true');
    expect(await replay.json()).toEqual(body);
    await expectProblem(await refund(fan, tickets[0].id), 409, 'RESERVATION_NOT_REFUNDABLE');

    expect(await balanceOf(fan)).toBe(before + 64_000);
    const history = await (await fan.get('/api/v1/wallet/transactions?limit=1')).json();
    expect(history.items[0]).toMatchObject({ type: 'REFUND', amount: 64_000, paymentId: tickets[0].paymentId });
  });

  test("someone else's ticket is 404, a fan on the admin endpoint is 403, inside the cutoff is 409", async ({
    playwright,
    baseURL,
  }) => {
    const [fan, stranger] = await Promise.all([signedInApi(playwright, baseURL!), signedInApi(playwright, baseURL!)]);
    const { tickets } = await ticketsFor(await idOf(fan));
    await expectProblem(await refund(stranger, tickets[0].id), 404, 'NOT_FOUND');
    await expectProblem(await stranger.post(`/api/v1/admin/reservations/${tickets[0].id}/refund`), 403, 'FORBIDDEN');
    const soon = await ticketsFor(await idOf(fan), { showInHours: 3 });
    const late = await expectProblem(await refund(fan, soon.tickets[0].id), 409, 'RESERVATION_NOT_REFUNDABLE');
    expect(late.detail).toBe('Refunds close 24 hours before the show');
  });

  test('20 concurrent refunds of one ticket, with and without keys: exactly one 200 and one REFUND', async ({
    playwright,
    baseURL,
  }) => {
    const fan = await signedInApi(playwright, baseURL!);
    const { tickets } = await ticketsFor(await idOf(fan), { price: 30_000 });
    const before = await balanceOf(fan);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => refund(fan, tickets[0].id, i % 2 ? `race-${i}` : undefined)),
    );
    expect(answers.filter((a) => a.status() === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status() === 409)).toHaveLength(19);
    expect(await balanceOf(fan)).toBe(before + 30_000);
    const history = await (await fan.get('/api/v1/wallet/transactions?limit=100')).json();
    expect(history.items.filter((t: { type: string }) => t.type === 'REFUND')).toHaveLength(1);
  });

  test('a refund racing holds on its seat over HTTP: the seat goes to at most one fan, after the refund', async ({
    playwright,
    baseURL,
  }) => {
    const fan = await signedInApi(playwright, baseURL!);
    const { concert, tickets, seats } = await ticketsFor(await idOf(fan));
    const rivals = await Promise.all(Array.from({ length: 8 }, () => signedInApi(playwright, baseURL!)));
    const passes = await Promise.all(rivals.map(async (r) => passFor(await idOf(r), concert.id)));
    const hold = (i: number) =>
      rivals[i].post('/api/v1/reservations', { headers: { 'x-queue-token': passes[i] }, data: { seatId: seats[0].id } });

    const [refunded, ...holds] = await Promise.all([refund(fan, tickets[0].id), ...rivals.map((_, i) => hold(i))]);
    expect(refunded.status()).toBe(200);
    const won = holds.filter((h) => h.status() === 201);
    expect(won.length).toBeLessThanOrEqual(1);
    for (const h of holds.filter((x) => x.status() !== 201)) await expectProblem(h, 409, 'SEAT_UNAVAILABLE');
    expect((await reservationRow(tickets[0].id)).status).toBe('REFUNDED');
    if (won.length === 0) {
      // The race went to the refund's side every time: the freed seat is on sale all the same.
      const late = await signedInApi(playwright, baseURL!);
      const token = await passFor(await idOf(late), concert.id);
      const held = await late.post('/api/v1/reservations', {
        headers: { 'x-queue-token': token },
        data: { seatId: seats[0].id },
      });
      expect(held.status()).toBe(201);
    }
  });
});

test.describe('check-in, receipts and cancelled dates API', () => {
  test('check-in: 200 once, then 409 with checkedInAt; forged and refunded codes are 404; a race lets in one', async ({
    playwright,
    baseURL,
  }) => {
    const [fan, admin] = await Promise.all([
      signedInApi(playwright, baseURL!),
      signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password),
    ]);
    const { tickets } = await ticketsFor(await idOf(fan), { count: 3 });
    const checkIn = (ticketCode: string) => admin.post('/api/v1/admin/check-ins', { data: { ticketCode } });

    const first = await checkIn(tickets[0].ticketCode);
    expect(first.status()).toBe(200);
    const { checkedInAt, reservation } = await first.json();
    expect(reservation).toMatchObject({ id: tickets[0].id, seatLabel: 'A1', checkedInAt });
    const again = await expectProblem(await checkIn(tickets[0].ticketCode), 409, 'TICKET_ALREADY_USED');
    expect(again.checkedInAt).toBe(checkedInAt);

    await expectProblem(await checkIn(`${tickets[1].ticketCode.slice(0, -2)}zz`), 404, 'NOT_FOUND');
    expect((await refund(fan, tickets[1].id)).status()).toBe(200);
    await expectProblem(await checkIn(tickets[1].ticketCode), 404, 'NOT_FOUND');
    await expectProblem(await fan.post('/api/v1/admin/check-ins', { data: { ticketCode: 'x' } }), 403, 'FORBIDDEN');

    const racing = await Promise.all(Array.from({ length: 10 }, () => checkIn(tickets[2].ticketCode)));
    expect(racing.map((r) => r.status()).sort()).toEqual([200, ...Array(9).fill(409)]);
  });

  test('a receipt for its payer and admins only; the ticket code is its holder’s alone', async ({ playwright, baseURL }) => {
    const [fan, stranger, admin] = await Promise.all([
      signedInApi(playwright, baseURL!),
      signedInApi(playwright, baseURL!),
      signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password),
    ]);
    const { tickets, concert } = await ticketsFor(await idOf(fan), { price: 70_000 });
    const paymentId = tickets[0].paymentId!;
    const receipt = await fan.get(`/api/v1/payments/${paymentId}`);
    expect(receipt.status()).toBe(200);
    expect(await receipt.json()).toMatchObject({
      id: paymentId,
      amount: 70_000,
      items: [{ reservationId: tickets[0].id, seatLabel: 'A1', price: 70_000, status: 'CONFIRMED' }],
    });
    await expectProblem(await stranger.get(`/api/v1/payments/${paymentId}`), 404, 'NOT_FOUND');
    expect((await admin.get(`/api/v1/payments/${paymentId}`)).status()).toBe(200);

    const mine = (await (await fan.get(`/api/v1/reservations/${tickets[0].id}`)).json()) as Reservation;
    expect(mine.ticketCode).toBe(tickets[0].ticketCode);
    const listed = await (await admin.get(`/api/v1/admin/reservations?concertId=${concert.id}`)).json();
    expect(listed.items[0]).not.toHaveProperty('ticketCode');
  });

  test('cancelling a date refunds its tickets and takes it off the list of dates', async ({ playwright, baseURL }) => {
    const [fan, admin] = await Promise.all([
      signedInApi(playwright, baseURL!),
      signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password),
    ]);
    const { tickets, concert } = await ticketsFor(await idOf(fan), { count: 2, price: 50_000 });
    const before = await balanceOf(fan);
    const scheduleId = concert.schedules[0].id;

    const cancelled = await admin.post(`/api/v1/admin/schedules/${scheduleId}/cancel`);
    expect(cancelled.status()).toBe(200);
    expect(await cancelled.json()).toMatchObject({ scheduleId, ticketsRefunded: 2, holdsReleased: 0 });
    expect(await balanceOf(fan)).toBe(before + 100_000);
    for (const t of tickets) expect((await reservationRow(t.id)).status).toBe('REFUNDED');
    // The concert had that one date: it is gone from the public list.
    expect((await fan.get(`/api/v1/concerts/${concert.id}`)).status()).toBe(404);
  });
});
