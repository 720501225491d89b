import { describe, expect, test } from 'vitest';
import { joinQueue } from '@/lib/core/queue/join-queue';
import { makeConcert, makeUser, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { CONFIG, liveActive, storeFor } from './queue-fixtures';

const db = openTestDb(40);
const store = storeFor(db);

describe('joining the line', () => {
  test('100 users joining at once with activeLimit 5: exactly 5 ACTIVE, the rest at positions 1..95 in join order', async () => {
    const concert = await makeConcert(db, { activeLimit: 5 });
    const users = await makeUsers(db, 100);
    const now = new Date();
    const results = await Promise.all(
      users.map((user) => joinQueue(store, { userId: user.id, concertId: concert.id }, CONFIG, now)),
    );
    expect(results.every((r) => r.created)).toBe(true);
    expect(await liveActive(db, concert.id, now)).toBe(5);

    // Read every token's place afresh, now that all joins and admissions have settled.
    const tokens = await db.queueToken.findMany({ where: { concertId: concert.id }, orderBy: { seq: 'asc' } });
    expect(tokens).toHaveLength(100);
    const waiting = tokens.filter((t) => t.status === 'WAITING');
    const positions = await Promise.all(waiting.map((t) => store.position(t)));
    expect(positions).toEqual(Array.from({ length: 95 }, (_, i) => i + 1));
  });

  test('joining again returns the same place, not a new one at the back', async () => {
    const concert = await makeConcert(db, { activeLimit: 1 });
    const [first, second] = await Promise.all([makeUser(db), makeUser(db)]);
    const now = new Date();
    await joinQueue(store, { userId: first.id, concertId: concert.id }, CONFIG, now);
    const joined = await joinQueue(store, { userId: second.id, concertId: concert.id }, CONFIG, now);
    const again = await joinQueue(store, { userId: second.id, concertId: concert.id }, CONFIG, now);
    expect(joined.ticket).toMatchObject({ status: 'WAITING', position: 1 });
    expect(again.created).toBe(false);
    expect(again.ticket.token).toBe(joined.ticket.token);
    expect(again.ticket.position).toBe(1);
  });

  test('a newcomer to a line with a free slot is ACTIVE at once, with the pass end', async () => {
    const concert = await makeConcert(db, { activeLimit: 3 });
    const user = await makeUser(db);
    const now = new Date();
    const { ticket } = await joinQueue(store, { userId: user.id, concertId: concert.id }, CONFIG, now);
    expect(ticket).toMatchObject({ status: 'ACTIVE', position: null, etaSeconds: null });
    expect(new Date(ticket.activeUntil!).getTime()).toBe(now.getTime() + CONFIG.activeTtlSeconds * 1000);
    expect(ticket.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('an unknown concert, or one with no future date, cannot be joined', async () => {
    const user = await makeUser(db);
    const past = await makeConcert(db, { dates: [new Date(Date.now() - 86_400_000)] });
    for (const concertId of [past.id, '00000000-0000-4000-8000-000000000000']) {
      await expect(joinQueue(store, { userId: user.id, concertId }, CONFIG, new Date())).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
  });

  test('a waiting ticket gives an estimate and asks far-back pollers to come back less often', async () => {
    const concert = await makeConcert(db, { activeLimit: 1 });
    const users = await makeUsers(db, 60);
    const now = new Date();
    for (const user of users) await joinQueue(store, { userId: user.id, concertId: concert.id }, CONFIG, now);
    const tokens = await db.queueToken.findMany({ where: { concertId: concert.id, status: 'WAITING' }, orderBy: { seq: 'asc' } });
    const front = await joinQueue(store, { userId: users[1].id, concertId: concert.id }, CONFIG, now);
    const back = await joinQueue(store, { userId: users[59].id, concertId: concert.id }, CONFIG, now);
    expect(tokens).toHaveLength(59);
    expect(front.ticket.position).toBe(1);
    expect(back.ticket.position).toBe(59);
    expect(back.ticket.pollAfterMs).toBeGreaterThan(front.ticket.pollAfterMs);
    expect(back.ticket.etaSeconds).toBeGreaterThan(front.ticket.etaSeconds!);
  });
});
