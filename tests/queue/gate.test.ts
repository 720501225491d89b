import { describe, expect, test } from 'vitest';
import { assertTokenForConcert, checkQueueToken } from '@/lib/core/queue/check-queue-token';
import { makeConcert, makeQueueToken, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { CONFIG, storeFor } from './queue-fixtures';

const db = openTestDb(5);
const store = storeFor(db);

describe('the queue gate', () => {
  test('answers each way a token can be wrong with the code of docs/api.md', async () => {
    const [concert, other] = await Promise.all([makeConcert(db), makeConcert(db)]);
    const [user, stranger] = await Promise.all([makeUser(db), makeUser(db)]);
    const now = new Date();
    const active = await makeQueueToken(db, user.id, concert.id, { status: 'ACTIVE', now });
    const waiting = await makeQueueToken(db, user.id, other.id, { status: 'WAITING', now });
    const expired = await makeQueueToken(db, stranger.id, concert.id, { status: 'EXPIRED', now });
    const check = (token: string | null, userId = user.id, mode: 'active' | 'live' = 'active') =>
      checkQueueToken(store, { token, userId, mode }, CONFIG, now);

    await expect(check(null)).rejects.toMatchObject({ code: 'QUEUE_TOKEN_MISSING' });
    await expect(check('')).rejects.toMatchObject({ code: 'QUEUE_TOKEN_MISSING' });
    await expect(check('not a token')).rejects.toMatchObject({ code: 'QUEUE_TOKEN_INVALID' });
    await expect(check('A'.repeat(43))).rejects.toMatchObject({ code: 'QUEUE_TOKEN_INVALID' });
    await expect(check(active.token, stranger.id)).rejects.toMatchObject({ code: 'QUEUE_TOKEN_INVALID' });
    await expect(check(waiting.token)).rejects.toMatchObject({ code: 'QUEUE_TOKEN_WAITING' });
    await expect(check(expired.token, stranger.id)).rejects.toMatchObject({ code: 'QUEUE_TOKEN_EXPIRED' });

    expect((await check(waiting.token, user.id, 'live')).id).toBe(waiting.id);
    const ok = await check(active.token);
    expect(ok.id).toBe(active.id);
    expect(() => assertTokenForConcert(ok, concert.id)).not.toThrow();
    expect(() => assertTokenForConcert(ok, other.id)).toThrow(expect.objectContaining({ code: 'QUEUE_TOKEN_INVALID' }));
  });
});
