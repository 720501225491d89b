/**
 * In a flash crowd nearly every join meets a full line: those joins must not queue behind the
 * concert's admission lock, or a crowd of joins is served one at a time.
 */
import { describe, expect, test, vi } from 'vitest';
import { joinQueue } from '@/lib/core/queue/join-queue';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { CONFIG, liveActive, storeFor } from './queue-fixtures';

const db = openTestDb(10);
const store = storeFor(db);

describe('joining a full line', () => {
  test('does not wait for the admission lock, and admits no one past the limit', async () => {
    const concert = await makeConcert(db, { activeLimit: 1 });
    const [first, second] = await makeUsers(db, 2);
    const now = new Date();
    expect((await joinQueue(store, { userId: first.id, concertId: concert.id }, CONFIG, now)).ticket.status).toBe('ACTIVE');

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // Another instance admitting: it holds the concert's admission lock for a while.
    const holder = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "QueueSettings" WHERE "concertId" = ${concert.id}::uuid FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await lockTaken;

    const joined = await Promise.race([
      joinQueue(store, { userId: second.id, concertId: concert.id }, CONFIG, now),
      new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 3_000)),
    ]);
    release();
    await holder;
    expect(joined).not.toBe('blocked');
    expect(joined).toMatchObject({ created: true, ticket: { status: 'WAITING', position: 1 } });
    expect(await liveActive(db, concert.id, now)).toBe(1);
  });

  test('a joiner further back than activeLimit is not put through admission at all', async () => {
    const concert = await makeConcert(db, { activeLimit: 2 });
    const users = await makeUsers(db, 6);
    const now = new Date();
    const admit = vi.spyOn(store, 'admit');
    const tickets = [];
    for (const user of users)
      tickets.push((await joinQueue(store, { userId: user.id, concertId: concert.id }, CONFIG, now)).ticket);
    expect(tickets.map((t) => t.status)).toEqual(['ACTIVE', 'ACTIVE', 'WAITING', 'WAITING', 'WAITING', 'WAITING']);
    expect(tickets.map((t) => t.position)).toEqual([null, null, 1, 2, 3, 4]);
    // The first two are admitted; the next two, within activeLimit of the front, find the line full.
    expect(admit).toHaveBeenCalledTimes(4);
    admit.mockRestore();
  });
});
