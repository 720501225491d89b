import { describe, expect, test } from 'vitest';
import { chargeWallet, MAX_BALANCE } from '@/lib/core/wallet/charge-wallet';
import { findStoredResponse, hashRequest, IdempotencyKeyTaken, KEY_TTL_HOURS } from '@/lib/core/idempotency/idempotency';
import { getBalance } from '@/lib/core/wallet/get-balance';
import { makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { books } from './wallet-fixtures';

const db = openTestDb(40);
const charge = (userId: string, amount: number, now = new Date()) => chargeWallet(db, { userId, amount, idempotency: null }, now);

describe('charging the wallet', () => {
  test('adds the amount and writes one CHARGE row with the balance after it', async () => {
    const user = await makeUser(db);
    const now = new Date('2030-01-02T03:04:05.678Z');
    const first = await charge(user.id, 30_000, now);
    const second = await charge(user.id, 12_345, now);

    expect(first).toEqual({
      balance: 30_000,
      transaction: {
        id: expect.any(String),
        type: 'CHARGE',
        amount: 30_000,
        balanceAfter: 30_000,
        paymentId: null,
        createdAt: now.toISOString(),
      },
    });
    expect(second.balance).toBe(42_345);
    expect(second.transaction).toMatchObject({ type: 'CHARGE', amount: 12_345, balanceAfter: 42_345 });
    expect(await getBalance(db, user.id)).toEqual({ balance: 42_345 });
    const { balance, ledger, rows } = await books(db, user.id);
    expect(ledger).toBe(balance);
    expect(rows.map((r) => r.id)).toEqual([first.transaction.id, second.transaction.id]);
  });

  test('100 concurrent charges to one wallet lose nothing: balance == ledger == expected', async () => {
    const user = await makeUser(db);
    const amounts = Array.from({ length: 100 }, (_, i) => 1_000 + i);
    const results = await Promise.allSettled(amounts.map((amount) => charge(user.id, amount)));

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const expected = amounts.reduce((a, b) => a + b, 0);
    const { balance, ledger, rows } = await books(db, user.id);
    expect(balance).toBe(expected);
    expect(ledger).toBe(expected);
    expect(rows).toHaveLength(100);
    // Every row's balanceAfter continues the one before it in seq order: the ledger is one
    // unbroken chain, with no two charges having read the same starting balance.
    rows.reduce((before, row) => {
      expect(row.balanceAfter).toBe(before + row.amount);
      return row.balanceAfter;
    }, 0);
  });

  test(`a wallet holds at most ${MAX_BALANCE} won: a charge past it is refused and changes nothing`, async () => {
    const user = await makeUser(db);
    await Promise.all(Array.from({ length: 99 }, () => charge(user.id, 1_000_000)));
    await charge(user.id, 999_999);
    expect((await getBalance(db, user.id)).balance).toBe(MAX_BALANCE - 1);

    await expect(charge(user.id, 2)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      extra: { errors: [{ path: 'amount', message: expect.stringContaining('up to 1 won') }] },
    });
    const refused = await books(db, user.id);
    expect(refused.balance).toBe(MAX_BALANCE - 1);
    expect(refused.rows).toHaveLength(100);

    // Filling it to the brim exactly is fine.
    expect((await charge(user.id, 1)).balance).toBe(MAX_BALANCE);
  });

  test('racing charges near the cap: exactly as many fit as there is room for', async () => {
    const user = await makeUser(db);
    await Promise.all(Array.from({ length: 95 }, () => charge(user.id, 1_000_000)));
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => charge(user.id, 1_000_000)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const { balance, ledger } = await books(db, user.id);
    expect(balance).toBe(MAX_BALANCE);
    expect(ledger).toBe(MAX_BALANCE);
  });

  test('a balance is only ever read for a user that exists', async () => {
    await expect(getBalance(db, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(charge('00000000-0000-4000-8000-000000000000', 1)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('an Idempotency-Key on a charge', () => {
  test('answers again for 24 hours; after that the same key is a new charge, and its old answer is gone', async () => {
    const user = await makeUser(db);
    const key = { userId: user.id, scope: 'wallet-charges', key: 'top-up-1', requestHash: hashRequest({ amount: 5_000 }) };
    const start = new Date('2030-01-02T00:00:00.000Z');
    const first = await chargeWallet(db, { userId: user.id, amount: 5_000, idempotency: key }, start);

    const withinADay = new Date(start.getTime() + (KEY_TTL_HOURS * 3600 - 1) * 1000);
    expect(await findStoredResponse(db, key, withinADay)).toEqual({ status: 201, body: first });
    // Within its time the key is taken: the operation refuses to run twice.
    await expect(chargeWallet(db, { userId: user.id, amount: 5_000, idempotency: key }, withinADay)).rejects.toBeInstanceOf(
      IdempotencyKeyTaken,
    );

    const nextDay = new Date(start.getTime() + KEY_TTL_HOURS * 3600 * 1000 + 1000);
    expect(await findStoredResponse(db, key, nextDay)).toBeNull();
    const second = await chargeWallet(db, { userId: user.id, amount: 5_000, idempotency: key }, nextDay);
    expect(second.balance).toBe(10_000);
    expect(await findStoredResponse(db, key, nextDay)).toEqual({ status: 201, body: second });
    const { balance, ledger, rows } = await books(db, user.id);
    expect([balance, ledger, rows.length]).toEqual([10_000, 10_000, 2]);
  });
});
