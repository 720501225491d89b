/**
 * The race behind a flaky test: a repeat with the same Idempotency-Key looks the key up while
 * the first payment is still in flight, finds nothing, and only then reaches the queue-token
 * check, after the first payment has ended the token. The repeat must replay the first answer,
 * not answer 410. The interleaving is forced here (the lookup is made to miss once), so the
 * test fails on code without the fix every time, not one run in three.
 */
import { beforeAll, expect, test, vi } from 'vitest';
import { POST as postPayment } from '@/app/api/v1/payments/route';
import { at, buyer } from './payment-fixtures';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes } from '../wallet/route-harness';

vi.mock('@/lib/auth/session', () => import('../wallet/route-harness').then((h) => h.sessionMock));
const race = vi.hoisted(() => ({ missNextLookup: false }));
vi.mock('@/lib/core/idempotency/idempotency', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/core/idempotency/idempotency')>();
  return {
    ...actual,
    // As if this lookup ran a moment before the first payment committed.
    findStoredResponse: async (...args: Parameters<typeof actual.findStoredResponse>) => {
      if (race.missNextLookup) {
        race.missNextLookup = false;
        return null;
      }
      return actual.findStoredResponse(...args);
    },
  };
});

const db = openTestDb(5);
beforeAll(useTestDatabaseForRoutes);

test('a repeat that missed the key before the first committed still replays the first answer', async () => {
  const b = await buyer(db, { now: new Date(), holdSeconds: 3_600, seats: 1, price: 10_000, balance: 50_000 });
  await db.queueToken.update({ where: { id: b.token.id }, data: { activeUntil: at(new Date(), 3_600_000) } });
  const pay = () =>
    call(postPayment, 'POST', '/payments', {
      as: b.user,
      body: { reservationIds: b.ids },
      headers: { 'x-queue-token': b.token.token, 'idempotency-key': 'double-click' },
    });

  const first = await pay();
  expect(first.status).toBe(201);
  race.missNextLookup = true;
  const repeat = await pay();
  expect(repeat.status).toBe(201);
  expect(repeat.body).toEqual(first.body);
  expect(repeat.headers.get('idempotent-replayed')).toBe('true');
  expect(await db.payment.count({ where: { userId: b.user.id } })).toBe(1);
});
