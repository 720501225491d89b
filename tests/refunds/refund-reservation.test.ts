import { describe, expect, test } from 'vitest';
import { refundReservation, type RefundRequester } from '@/lib/core/booking/refund-reservation';
import { hashRequest } from '@/lib/core/idempotency/idempotency';
import { chargeWallet, MAX_BALANCE } from '@/lib/core/wallet/charge-wallet';
import { listTransactions } from '@/lib/core/wallet/list-transactions';
import { makeHeldReservation } from '@/lib/testing/booking-factories';
import { makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { books } from '../wallet/wallet-fixtures';
import { at, future, HOUR, ticketHolder } from './refund-fixtures';

const db = openTestDb(10);

const holder = (userId: string, cutoffHours = 24): RefundRequester => ({ role: 'holder', userId, cutoffHours });
const refund = (reservationId: string, by: RefundRequester, now: Date) =>
  refundReservation(db, { reservationId, by, idempotency: null }, now);

/** Everything a refund may touch, to compare before and after a refusal. */
async function state(userId: string, reservationId: string) {
  const reservation = await db.reservation.findUniqueOrThrow({ where: { id: reservationId }, include: { seat: true } });
  const wallet = await books(db, userId);
  return { reservation, wallet, keys: await db.idempotencyRecord.count({ where: { userId } }) };
}

describe('refunding a ticket', () => {
  test('the ticket REFUNDED, its price back with one REFUND row, the seat AVAILABLE: all in one go', async () => {
    const now = future();
    const { user, ids, seats } = await ticketHolder(db, { now, price: 70_000 });
    const before = await books(db, user.id);

    const view = await refund(ids[0], holder(user.id), at(now, 60_000));

    expect(view).toMatchObject({ id: ids[0], status: 'REFUNDED', price: 70_000, ticketCode: null });
    expect(view.paymentId).toEqual(expect.any(String));
    const after = await books(db, user.id);
    expect(after.balance).toBe(before.balance + 70_000);
    expect(after.ledger).toBe(after.balance);
    const row = after.rows.at(-1)!;
    expect(row).toMatchObject({ type: 'REFUND', amount: 70_000, balanceAfter: after.balance, reservationId: ids[0] });
    expect((await db.seat.findUniqueOrThrow({ where: { id: seats[0].id } })).status).toBe('AVAILABLE');
    // The payment stays on the reservation: its receipt still lists it.
    expect((await db.reservation.findUniqueOrThrow({ where: { id: ids[0] } })).paymentId).toBe(view.paymentId);
  });

  test('the wallet history shows the refund, linked like the payment to the receipt of the payment', async () => {
    const now = future();
    const { user, ids, tickets } = await ticketHolder(db, { now, price: 20_000 });
    await refund(ids[0], holder(user.id), at(now, 1_000));
    const { items } = await listTransactions(db, { userId: user.id, limit: 10 }, 'a-cursor-secret-a-cursor-secret');
    expect(items.map((t) => [t.type, t.amount, t.paymentId])).toEqual([
      ['REFUND', 20_000, tickets[0].paymentId],
      ['PAYMENT', 20_000, tickets[0].paymentId],
      ['CHARGE', 20_000, null],
    ]);
  });

  test("someone else's ticket is NOT_FOUND to a fan, and nothing changes", async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now });
    const other = await makeUser(db);
    const before = await state(user.id, ids[0]);
    await expect(refund(ids[0], holder(other.id), now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(refund('00000000-0000-4000-8000-000000000000', holder(user.id), now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await state(user.id, ids[0])).toEqual(before);
  });

  test('only a CONFIRMED ticket: a hold, and a ticket already refunded, are not refundable', async () => {
    const now = future();
    const { user, ids, seats } = await ticketHolder(db, { now });
    const hold = await makeHeldReservation(db, { userId: user.id, seat: seats[3], now });
    await expect(refund(hold.id, holder(user.id), now)).rejects.toMatchObject({
      code: 'RESERVATION_NOT_REFUNDABLE',
      detail: 'Only a paid ticket can be refunded',
    });

    await refund(ids[0], holder(user.id), now);
    const before = await state(user.id, ids[0]);
    for (const by of [holder(user.id), { role: 'admin' } as const]) {
      await expect(refund(ids[0], by, now)).rejects.toMatchObject({
        code: 'RESERVATION_NOT_REFUNDABLE',
        detail: 'This ticket was already refunded',
      });
    }
    expect(await state(user.id, ids[0])).toEqual(before);
  });

  test('a fan refunds until the cutoff, strictly more than REFUND_CUTOFF_HOURS before the show', async () => {
    const now = future();
    const { user, ids, concert } = await ticketHolder(db, { now, tickets: 2, showIn: 48 * HOUR });
    const startsAt = new Date(concert.schedules[0].startsAt);
    const before = await state(user.id, ids[0]);

    await expect(refund(ids[0], holder(user.id, 24), at(startsAt, -24 * HOUR))).rejects.toMatchObject({
      code: 'RESERVATION_NOT_REFUNDABLE',
      detail: 'Refunds close 24 hours before the show',
    });
    await expect(refund(ids[0], holder(user.id, 1), at(startsAt, -HOUR))).rejects.toMatchObject({
      detail: 'Refunds close 1 hour before the show',
    });
    expect(await state(user.id, ids[0])).toEqual(before);

    await expect(refund(ids[0], holder(user.id, 24), at(startsAt, -24 * HOUR - 1))).resolves.toMatchObject({
      status: 'REFUNDED',
    });
    // An admin has no cutoff, even once the show has begun.
    await expect(refund(ids[1], { role: 'admin' }, at(startsAt, HOUR))).resolves.toMatchObject({ status: 'REFUNDED' });
  });

  test('a ticket used at the door is not refundable by its fan; an admin may still refund it', async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now });
    await db.reservation.update({ where: { id: ids[0] }, data: { checkedInAt: now } });
    await expect(refund(ids[0], holder(user.id), now)).rejects.toMatchObject({
      code: 'RESERVATION_NOT_REFUNDABLE',
      detail: 'This ticket was already used at the door',
    });
    await expect(refund(ids[0], { role: 'admin' }, now)).resolves.toMatchObject({ status: 'REFUNDED' });
  });

  test('a refund is credited past the wallet cap, and charges are refused until the wallet is under it again', async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now, price: 300_000 });
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { balance: { increment: MAX_BALANCE } } }),
      db.walletTransaction.create({
        data: { userId: user.id, type: 'CHARGE', amount: MAX_BALANCE, balanceAfter: MAX_BALANCE, createdAt: now },
      }),
    ]);

    await refund(ids[0], holder(user.id), now);
    const { balance, ledger } = await books(db, user.id);
    expect([balance, ledger]).toEqual([MAX_BALANCE + 300_000, MAX_BALANCE + 300_000]);
    await expect(chargeWallet(db, { userId: user.id, amount: 1, idempotency: null }, now)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  test('only a balance the column could not store refuses a refund, saying so, and nothing changes', async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now, price: 50_000 });
    const nearLimit = 2_147_483_647 - 10_000;
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { balance: nearLimit } }),
      db.walletTransaction.create({
        data: { userId: user.id, type: 'CHARGE', amount: nearLimit, balanceAfter: nearLimit, createdAt: now },
      }),
    ]);
    const before = await state(user.id, ids[0]);
    await expect(refund(ids[0], holder(user.id), now)).rejects.toMatchObject({
      code: 'RESERVATION_NOT_REFUNDABLE',
      detail: 'The wallet cannot hold this refund: spend some of its balance first',
    });
    expect(await state(user.id, ids[0])).toEqual(before);
  });

  test('with an Idempotency-Key the first answer is stored; a refused refund leaves no key behind', async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now, tickets: 2, showIn: 10 * HOUR });
    const key = (k: string) => ({ userId: user.id, scope: 'refunds', key: k, requestHash: hashRequest({ k }) });

    await expect(
      refundReservation(db, { reservationId: ids[0], by: holder(user.id), idempotency: key('late') }, now),
    ).rejects.toMatchObject({ code: 'RESERVATION_NOT_REFUNDABLE' });
    expect(await db.idempotencyRecord.count({ where: { userId: user.id } })).toBe(0);

    const view = await refundReservation(db, { reservationId: ids[1], by: { role: 'admin' }, idempotency: key('admin') }, now);
    const record = await db.idempotencyRecord.findFirstOrThrow({ where: { userId: user.id } });
    expect([record.responseStatus, record.responseBody]).toEqual([200, view]);
  });

  test('a database constraint refuses a second REFUND row for one reservation', async () => {
    const now = future();
    const { user, ids } = await ticketHolder(db, { now });
    await refund(ids[0], holder(user.id), now);
    await expect(
      db.walletTransaction.create({
        data: { userId: user.id, type: 'REFUND', amount: 1, balanceAfter: 1, reservationId: ids[0], createdAt: now },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    // And a REFUND row must name its reservation.
    await expect(
      db.walletTransaction.create({ data: { userId: user.id, type: 'REFUND', amount: 1, balanceAfter: 1, createdAt: now } }),
    ).rejects.toThrow(/WalletTransaction_refund_iff_reservation/);
  });
});
