import { describe, expect, test } from 'vitest';
import { chargeWallet } from '@/lib/core/wallet/charge-wallet';
import { listTransactions } from '@/lib/core/wallet/list-transactions';
import { encodeCursor } from '@/lib/core/wallet/transaction-cursor';
import { makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';

const db = openTestDb(10);
const SECRET = 'test-cursor-secret-test-cursor-secret';

async function userWithCharges(count: number) {
  const user = await makeUser(db);
  for (let i = 1; i <= count; i++) await chargeWallet(db, { userId: user.id, amount: i, idempotency: null }, new Date());
  return user;
}

const list = (userId: string, limit: number, cursor?: string, secret = SECRET) =>
  listTransactions(db, { userId, limit, cursor }, secret);

describe('the transaction history', () => {
  test('pages newest first through every row exactly once; nextCursor is null on the last page', async () => {
    const user = await userWithCharges(45);
    const amounts: number[] = [];
    const pageSizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(user.id, 20, cursor);
      pageSizes.push(page.items.length);
      amounts.push(...page.items.map((t) => t.amount));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pageSizes).toEqual([20, 20, 5]);
    expect(amounts).toEqual(Array.from({ length: 45 }, (_, i) => 45 - i));
  });

  test('a page that ends exactly at the last row says so (no empty page after it)', async () => {
    const user = await userWithCharges(4);
    const first = await list(user.id, 2);
    const second = await list(user.id, 2, first.nextCursor!);
    expect(second.items.map((t) => t.amount)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();
  });

  test('rows added between pages neither shift nor repeat the pages already begun', async () => {
    const user = await userWithCharges(6);
    const first = await list(user.id, 3);
    await chargeWallet(db, { userId: user.id, amount: 1_000, idempotency: null }, new Date());
    const second = await list(user.id, 3, first.nextCursor!);
    expect(first.items.map((t) => t.amount)).toEqual([6, 5, 4]);
    expect(second.items.map((t) => t.amount)).toEqual([3, 2, 1]);
    expect((await list(user.id, 1)).items[0].amount).toBe(1_000);
  });

  test('an empty wallet has an empty history', async () => {
    const user = await makeUser(db);
    expect(await list(user.id, 20)).toEqual({ items: [], nextCursor: null });
  });

  test('a cursor the server did not issue is VALIDATION_FAILED: garbage, edited, another user’s, another secret’s', async () => {
    const user = await userWithCharges(3);
    const other = await userWithCharges(3);
    const issued = (await list(user.id, 1)).nextCursor!;
    const decoded = Buffer.from(issued, 'base64url').toString();
    const [version, seq, mac] = decoded.split('.');
    const forged = [
      'garbage',
      '!!!',
      'eyJzZXEiOjF9', // {"seq":1}
      Buffer.from(`${version}.${BigInt(seq) + 1n}.${mac}`).toString('base64url'),
      Buffer.from(`${version}.${seq}`).toString('base64url'),
      Buffer.from(`w2.${seq}.${mac}`).toString('base64url'),
      Buffer.from(`${version}.0${seq}.${mac}`).toString('base64url'),
      Buffer.from(`${version}.99999999999999999999.${mac}`).toString('base64url'),
      `${issued}=`,
      `${issued}A`,
      (await list(other.id, 1)).nextCursor!,
      encodeCursor('another-secret', user.id, BigInt(seq)),
    ];
    for (const cursor of forged) {
      await expect(list(user.id, 1, cursor), cursor).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        extra: { errors: [{ path: 'cursor', message: expect.any(String) }] },
      });
    }
    // The issued one itself is fine, and the same with another secret is not.
    expect((await list(user.id, 1, issued)).items).toHaveLength(1);
    await expect(list(user.id, 1, issued, 'another-secret')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  test('the view is the Transaction of the API and nothing more', async () => {
    const user = await userWithCharges(1);
    const [item] = (await list(user.id, 5)).items;
    expect(Object.keys(item).sort()).toEqual(['amount', 'balanceAfter', 'createdAt', 'id', 'paymentId', 'type']);
    expect(item).toMatchObject({ type: 'CHARGE', amount: 1, balanceAfter: 1 });
  });
});
