import { describe, expect, test } from 'vitest';
import { refundReservation } from '@/lib/core/booking/refund-reservation';
import { getReceipt } from '@/lib/core/payment/get-receipt';
import { makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { Receipt } from '@/lib/schemas/tickets';
import { future, ticketHolder } from '../refunds/refund-fixtures';

const db = openTestDb(5);

/** Two tickets bought with one payment, as checkout does. */
async function twoTicketPayment(now: Date) {
  const fan = await ticketHolder(db, { now, tickets: 2, price: 45_000 });
  const [first, second] = fan.tickets;
  await db.$transaction(async (tx) => {
    await tx.reservation.update({ where: { id: second.id }, data: { paymentId: first.paymentId } });
    await tx.payment.update({ where: { id: first.paymentId! }, data: { amount: 90_000 } });
  });
  return { ...fan, paymentId: first.paymentId! };
}

describe('receipts', () => {
  test('the tickets with seat labels, the total, the balance after paying; a refund since is marked', async () => {
    const now = future();
    const { user, concert, tickets, paymentId, seats } = await twoTicketPayment(now);
    const ledger = await db.walletTransaction.findUniqueOrThrow({ where: { paymentId } });

    const receipt = await getReceipt(db, { paymentId, viewer: { userId: user.id, admin: false } }, now);
    expect(Receipt.safeParse(receipt).success).toBe(true);
    expect(receipt).toMatchObject({
      id: paymentId,
      paidAt: now.toISOString(),
      amount: 90_000,
      balanceAfter: ledger.balanceAfter,
      refunded: 0,
      buyer: { name: user.name, email: user.email },
    });
    expect(receipt.items.map((i) => [i.seatLabel, i.seatNumber, i.price, i.status, i.concertTitle])).toEqual([
      [seats[0].label, 1, 45_000, 'CONFIRMED', concert.title],
      [seats[1].label, 2, 45_000, 'CONFIRMED', concert.title],
    ]);

    await refundReservation(db, { reservationId: tickets[1].id, by: { role: 'admin' }, idempotency: null }, now);
    const after = await getReceipt(db, { paymentId, viewer: { userId: user.id, admin: false } }, now);
    expect(after.refunded).toBe(45_000);
    expect(after.items.map((i) => [i.status, i.refundedAt])).toEqual([
      ['CONFIRMED', null],
      ['REFUNDED', now.toISOString()],
    ]);
  });

  test("someone else's receipt is NOT_FOUND to a fan; an admin sees any", async () => {
    const now = future();
    const { paymentId } = await twoTicketPayment(now);
    const other = await makeUser(db);
    await expect(getReceipt(db, { paymentId, viewer: { userId: other.id, admin: false } }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getReceipt(db, { paymentId, viewer: { userId: other.id, admin: true } }, now)).resolves.toMatchObject({
      id: paymentId,
    });
  });
});
