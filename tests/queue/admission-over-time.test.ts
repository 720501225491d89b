import { describe, expect, inject, test } from 'vitest';
import { checkQueueToken } from '@/lib/core/queue/check-queue-token';
import { getQueueTicket } from '@/lib/core/queue/get-queue-ticket';
import { joinQueue } from '@/lib/core/queue/join-queue';
import { runQueueTick } from '@/lib/core/queue/run-queue-tick';
import { updateQueueSettings } from '@/lib/core/queue/update-queue-settings';
import { createDb } from '@/lib/db/client';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { at, CONFIG, liveActive, storeFor } from './queue-fixtures';

const db = openTestDb(30);
const store = storeFor(db);

async function lineOf(limit: number, people: number, now: Date) {
  const concert = await makeConcert(db, { activeLimit: limit });
  const users = await makeUsers(db, people);
  const tickets = [];
  for (const user of users) {
    tickets.push((await joinQueue(store, { userId: user.id, concertId: concert.id }, CONFIG, now)).ticket);
  }
  return { concert, users, tickets };
}

describe('admission over time', () => {
  test('an ACTIVE token expires after its TTL and the next in line is admitted', async () => {
    const start = new Date();
    const { concert, tickets } = await lineOf(1, 2, start);
    expect(tickets.map((t) => t.status)).toEqual(['ACTIVE', 'WAITING']);

    // The second keeps polling while it waits; just before the TTL nothing moves.
    await db.queueToken.update({
      where: { token: tickets[1].token },
      data: { lastSeenAt: at(start, CONFIG.activeTtlSeconds - 2) },
    });
    await runQueueTick(store, at(start, CONFIG.activeTtlSeconds - 1));
    expect((await db.queueToken.findUniqueOrThrow({ where: { token: tickets[1].token } })).status).toBe('WAITING');

    const later = at(start, CONFIG.activeTtlSeconds);
    const tick = await runQueueTick(store, later);
    expect(tick.admitted).toBe(1);
    const [first, second] = await Promise.all(tickets.map((t) => db.queueToken.findUniqueOrThrow({ where: { token: t.token } })));
    expect(first.status).toBe('EXPIRED');
    expect(second.status).toBe('ACTIVE');
    await expect(
      checkQueueToken(store, { token: first.token, userId: first.userId, mode: 'active' }, CONFIG, later),
    ).rejects.toMatchObject({ code: 'QUEUE_TOKEN_EXPIRED' });
    expect(await liveActive(db, concert.id, later)).toBe(1);
  });

  test('an ACTIVE token past its time reads EXPIRED before any sweep', async () => {
    const start = new Date();
    const { tickets, users } = await lineOf(1, 1, start);
    await expect(
      checkQueueToken(
        store,
        { token: tickets[0].token, userId: users[0].id, mode: 'active' },
        CONFIG,
        at(start, CONFIG.activeTtlSeconds),
      ),
    ).rejects.toMatchObject({ code: 'QUEUE_TOKEN_EXPIRED' });
  });

  test('a WAITING token not polled for the idle timeout leaves the line; the others move up', async () => {
    const start = new Date();
    const { tickets, users } = await lineOf(1, 3, start);
    const polledAt = at(start, CONFIG.idleTimeoutSeconds - 5);
    const third = await db.queueToken.findUniqueOrThrow({ where: { token: tickets[2].token } });
    await getQueueTicket(store, third, CONFIG, polledAt);

    const afterIdle = at(start, CONFIG.idleTimeoutSeconds + 1);
    await runQueueTick(store, afterIdle);
    const [idle, polled] = await Promise.all(
      [tickets[1], tickets[2]].map((t) => db.queueToken.findUniqueOrThrow({ where: { token: t.token } })),
    );
    expect(idle.status).toBe('EXPIRED');
    expect(polled.status).toBe('WAITING');
    expect(await store.position(polled)).toBe(1);
    await expect(
      checkQueueToken(store, { token: idle.token, userId: users[1].id, mode: 'live' }, CONFIG, afterIdle),
    ).rejects.toMatchObject({ code: 'QUEUE_TOKEN_EXPIRED' });

    // Rejoining after leaving gives a new place at the back.
    const rejoined = await joinQueue(store, { userId: users[1].id, concertId: idle.concertId }, CONFIG, afterIdle);
    expect(rejoined.created).toBe(true);
    expect(rejoined.ticket.token).not.toBe(idle.token);
    expect(rejoined.ticket.position).toBe(2);
  });

  test('paused admits nobody; resuming or raising the limit admits at once', async () => {
    const now = new Date();
    const { concert, tickets } = await lineOf(1, 4, now);
    await updateQueueSettings(db, store, { concertId: concert.id, paused: true }, now);
    await db.$executeRaw`UPDATE "QueueToken" SET status = 'EXPIRED' WHERE token = ${tickets[0].token}`;
    await runQueueTick(store, now);
    expect(await liveActive(db, concert.id, now)).toBe(0);

    expect(await updateQueueSettings(db, store, { concertId: concert.id, paused: false, activeLimit: 3 }, now)).toEqual({
      activeLimit: 3,
      paused: false,
    });
    expect(await liveActive(db, concert.id, now)).toBe(3);
    await expect(
      updateQueueSettings(db, store, { concertId: '00000000-0000-4000-8000-000000000000', paused: true }, now),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('never more than activeLimit ACTIVE at any sampled instant while tokens expire and join, on three instances', async () => {
    const limit = 4;
    const concert = await makeConcert(db, { activeLimit: limit });
    const users = await makeUsers(db, 120);
    // Three app instances: separate connection pools, each with its own store and ticker.
    const pools = [db, createDb(inject('databaseUrl'), 10), createDb(inject('databaseUrl'), 10)];
    const shortTtl = { ...CONFIG, activeTtlSeconds: 3 };
    const shortStores = pools.map((pool) => storeFor(pool, shortTtl));
    const start = new Date();
    let clock = 0;
    const nowish = () => at(start, clock);
    const samples: number[] = [];
    let running = true;

    const sampler = (async () => {
      while (running) {
        samples.push(await liveActive(db, concert.id, nowish()));
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const clockRunner = (async () => {
      for (let i = 0; i < 60; i++) {
        clock += 0.25;
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const joiners = users.map((user, i) =>
      new Promise((r) => setTimeout(r, i * 4)).then(() =>
        joinQueue(shortStores[i % 3], { userId: user.id, concertId: concert.id }, shortTtl, nowish()),
      ),
    );
    const tickers = shortStores.map(async (s) => {
      for (let i = 0; i < 40; i++) {
        await runQueueTick(s, nowish());
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    await Promise.all([...joiners, ...tickers, clockRunner]);
    running = false;
    await sampler;
    await Promise.all(pools.slice(1).map((pool) => pool.$disconnect()));

    expect(samples.length).toBeGreaterThan(20);
    expect(Math.max(...samples)).toBeLessThanOrEqual(limit);
    expect(Math.max(...samples)).toBe(limit);
    // Over the run, tokens did expire and others were admitted in their place.
    expect(await db.queueToken.count({ where: { concertId: concert.id, activatedAt: { not: null } } })).toBeGreaterThan(limit);
  });
});
