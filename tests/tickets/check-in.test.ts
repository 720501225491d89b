import { describe, expect, test } from 'vitest';
import { refundReservation } from '@/lib/core/booking/refund-reservation';
import { listReservations } from '@/lib/core/booking/list-reservations';
import { checkInTicket } from '@/lib/core/tickets/check-in-ticket';
import { makeHeldReservation } from '@/lib/testing/booking-factories';
import { openTestDb } from '@/lib/testing/test-db';
import { CheckInBody } from '@/lib/schemas/tickets';
import { at, future, ticketHolder } from '../refunds/refund-fixtures';

const db = openTestDb(5);

describe('ticket codes', () => {
  test('every reservation gets its own random 43-character base64url code, shown only while CONFIRMED', async () => {
    const now = future();
    const { user, tickets, seats } = await ticketHolder(db, { now, tickets: 3 });
    const hold = await makeHeldReservation(db, { userId: user.id, seat: seats[4], now });
    const codes = [...tickets.map((t) => t.ticketCode), hold.ticketCode];
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(codes).size).toBe(4);
    // Nothing of the ids is in it.
    for (const t of tickets) expect(t.ticketCode).not.toContain(t.id.replaceAll('-', '').slice(0, 8));

    const views = await listReservations(db, user.id, now);
    const shown = new Map(views.map((v) => [v.id, v.ticketCode]));
    expect(tickets.map((t) => shown.get(t.id))).toEqual(tickets.map((t) => t.ticketCode));
    expect(shown.get(hold.id)).toBeNull();
  });
});

describe('checking a ticket in', () => {
  test('the first time lets it in; a repeat is TICKET_ALREADY_USED and says when', async () => {
    const now = future();
    const { tickets } = await ticketHolder(db, { now });
    const code = tickets[0].ticketCode;

    const first = await checkInTicket(db, { ticketCode: code }, now);
    expect(first).toMatchObject({ checkedInAt: now.toISOString(), reservation: { id: tickets[0].id, status: 'CONFIRMED' } });
    expect(first.reservation.checkedInAt).toBe(now.toISOString());

    const repeat = checkInTicket(db, { ticketCode: code }, at(now, 60_000));
    await expect(repeat).rejects.toMatchObject({
      code: 'TICKET_ALREADY_USED',
      extra: { members: { checkedInAt: now.toISOString() } },
    });
  });

  test('a forged, unknown, refunded or held code is NOT_FOUND, and a refund stops a code at once', async () => {
    const now = future();
    const { user, tickets, seats } = await ticketHolder(db, { now, tickets: 2 });
    const hold = await makeHeldReservation(db, { userId: user.id, seat: seats[4], now });
    const forged = `${tickets[0].ticketCode.slice(0, -1)}${tickets[0].ticketCode.endsWith('A') ? 'B' : 'A'}`;

    await refundReservation(db, { reservationId: tickets[1].id, by: { role: 'admin' }, idempotency: null }, now);
    for (const ticketCode of [forged, 'not-a-ticket', tickets[1].ticketCode, hold.ticketCode]) {
      await expect(checkInTicket(db, { ticketCode }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // None of that let anything in.
    const rows = await db.reservation.findMany({ where: { userId: user.id } });
    expect(rows.every((r) => r.checkedInAt === null)).toBe(true);
  });

  test('the body takes any text, dropping the spaces a paste brings; empty is refused', () => {
    expect(CheckInBody.parse({ ticketCode: '  abc\ndef ' })).toEqual({ ticketCode: 'abcdef' });
    expect(CheckInBody.safeParse({ ticketCode: '  ' }).success).toBe(false);
    expect(CheckInBody.safeParse({ ticketCode: 'x'.repeat(201) }).success).toBe(false);
    expect(CheckInBody.safeParse({ ticketCode: 42 }).success).toBe(false);
  });
});
