/**
 * Sales that open at a set time (docs/decisions/010-the-pre-queue-draw.md): fans who join before
 * the opening wait with no place; at the opening they are drawn into a random order ahead of
 * everyone after, exactly once however many instances try, and a draw that dies midway leaves
 * the line as it was. The statistics of the shuffle itself: lib/core/queue/shuffle.test.ts.
 */
import pg from 'pg';
import { describe, expect, inject, test, vi } from 'vitest';
import { transaction } from '@/lib/db/sql';
import { updateConcert } from '@/lib/core/concerts/update-concert';
import { CachedQueueStore } from '@/lib/core/queue/cached-queue-store';
import { admitNext } from '@/lib/core/queue/admit-next';
import { drawPreQueue } from '@/lib/core/queue/draw-pre-queue';
import { getQueueTicket } from '@/lib/core/queue/get-queue-ticket';
import { joinQueue } from '@/lib/core/queue/join-queue';
import type { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import type { QueueTicket } from '@/lib/core/queue/queue-ticket';
import { updateQueueSettings } from '@/lib/core/queue/update-queue-settings';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { at, CONFIG, concertOpeningAt, storeFor } from './queue-fixtures';

const db = openTestDb(40);
const store = storeFor(db);
// These tests' clocks run a day ahead: other files' ticks (with their own clocks, minutes ahead at
// most) draw every line whose opening has passed, and must not draw these. For the same reason
// these tests draw and admit their own lines only, never through a global tick.
const tomorrow = () => at(new Date(), 86_400);

const join = async (on: QueueStore, userId: string, concertId: string, now: Date) =>
  (await joinQueue(on, { userId, concertId }, CONFIG, now)).ticket;
const poll = async (on: QueueStore, token: string, now: Date) => getQueueTicket(on, (await on.findRecent(token))!, CONFIG, now);
const tokensOf = (concertId: string) => db.queueToken.findMany({ where: { concertId }, orderBy: { seq: 'asc' } });
const drawnAt = async (concertId: string) => (await db.queueSettings.findUniqueOrThrow({ where: { concertId } })).drawnAt;

describe('before the opening', () => {
  test('a fan joins the pre-queue: WAITING with no place, told the opening, and nobody is admitted', async () => {
    const now = tomorrow();
    const opening = at(now, 60);
    const concert = await concertOpeningAt(db, opening);
    const tickets: QueueTicket[] = [];
    for (const user of await makeUsers(db, 3)) tickets.push(await join(store, user.id, concert.id, now));
    for (const ticket of tickets) {
      expect(ticket).toMatchObject({
        status: 'WAITING',
        position: null,
        etaSeconds: null,
        activeUntil: null,
        opensAt: opening.toISOString(),
        paused: false,
        joinedPosition: null,
        // Far from the opening: every 15 s, to keep the place.
        pollAfterMs: 15_000,
      });
    }
    expect(await store.admit(concert.id, at(now, 30))).toBe(0);
    expect(await admitNext(db, concert.id, CONFIG, at(now, 30))).toBe(0);
    expect((await tokensOf(concert.id)).map((t) => t.status)).toEqual(['WAITING', 'WAITING', 'WAITING']);
    // Near it: ask again when it comes.
    expect(await poll(store, tickets[0].token, at(now, 55))).toMatchObject({ position: null, pollAfterMs: 5_000 });
  });
});

describe('the draw at the opening', () => {
  test('places everyone who joined before in a random order, ahead of those who come after', async () => {
    const now = tomorrow();
    const opening = at(now, 60);
    const concert = await concertOpeningAt(db, opening, { paused: true });
    const early: QueueTicket[] = [];
    for (const [i, user] of (await makeUsers(db, 6)).entries()) early.push(await join(store, user.id, concert.id, at(now, i)));
    // The first join after the opening draws first, then queues behind the pre-queue.
    const late: QueueTicket[] = [];
    for (const [i, user] of (await makeUsers(db, 3)).entries())
      late.push(await join(store, user.id, concert.id, at(opening, 1 + i)));

    expect(await drawnAt(concert.id)).toEqual(at(opening, 1));
    expect(late.map((t) => [t.position, t.joinedPosition, t.opensAt])).toEqual([
      [7, 7, null],
      [8, 8, null],
      [9, 9, null],
    ]);
    const drawn = await Promise.all(early.map((t) => poll(store, t.token, at(opening, 5))));
    expect(drawn.map((t) => t.position).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const ticket of drawn) expect(ticket).toMatchObject({ joinedPosition: ticket.position, opensAt: null });
  });

  test('nobody who joined after the opening is admitted before anyone who joined before it', async () => {
    for (const drawnBy of ['the ticker', 'a join'] as const) {
      const now = tomorrow();
      const opening = at(now, 100);
      const concert = await concertOpeningAt(db, opening, { activeLimit: 1 });
      const [idleFan, ...early] = await makeUsers(db, 9);
      // This one stopped polling long before the opening: gone from the line, not drawn.
      const idle = await join(store, idleFan.id, concert.id, at(now, -100));
      const earlyTokens = [];
      for (const [i, user] of early.entries())
        earlyTokens.push((await join(store, user.id, concert.id, at(now, 40 + 5 * i))).token);
      if (drawnBy === 'the ticker') await store.draw(concert.id, at(opening, 0.5));
      const lateTokens = [];
      for (const [i, user] of (await makeUsers(db, 5)).entries()) {
        lateTokens.push((await join(store, user.id, concert.id, at(opening, 1 + i))).token);
      }

      // One at a time: each pass is used up by a payment, and the next in line is admitted.
      const admitted: string[] = [];
      for (let i = 0; i < early.length + lateTokens.length; i++) {
        const now = at(opening, 10 + i);
        await store.admit(concert.id, now);
        const active = await db.queueToken.findFirstOrThrow({ where: { concertId: concert.id, status: 'ACTIVE' } });
        admitted.push(active.token);
        await transaction(db, (tx) => store.endInTransaction(tx, active.id, now));
      }
      expect(new Set(admitted.slice(0, early.length)), drawnBy).toEqual(new Set(earlyTokens));
      expect(admitted.slice(early.length), drawnBy).toEqual(lateTokens);
      expect(admitted, drawnBy).not.toContain(idle.token);
    }
  });

  test('whoever joined after an opening the admin brought forward queues behind the drawn, with that place', async () => {
    const now = tomorrow();
    const concert = await concertOpeningAt(db, at(now, 3600), { paused: true });
    const [early, late] = await makeUsers(db, 2);
    const earlyTicket = await join(store, early.id, concert.id, now);
    await updateConcert(db, { concertId: concert.id, salesOpenAt: at(now, 5) });
    // Joined after the new opening on an instance that had not heard of it yet (its cached line
    // still said an hour), so before anyone drew: no place yet, and not one of the drawn.
    const lateTicket = await join(store, late.id, concert.id, at(now, 4.9));
    await db.queueToken.updateMany({ where: { token: lateTicket.token }, data: { createdAt: at(now, 6) } });
    expect(lateTicket).toMatchObject({ position: null, joinedPosition: null });
    expect(await store.draw(concert.id, at(now, 7))).toBe(1);
    expect(await poll(store, earlyTicket.token, at(now, 8))).toMatchObject({ position: 1, joinedPosition: 1 });
    expect(await poll(store, lateTicket.token, at(now, 8))).toMatchObject({ position: 2, joinedPosition: 2 });
  });

  test("gives the places in the shuffle's order", async () => {
    const now = tomorrow();
    const concert = await concertOpeningAt(db, at(now, 10), { paused: true });
    const tokens = [];
    for (const [i, user] of (await makeUsers(db, 4)).entries()) tokens.push(await join(store, user.id, concert.id, at(now, i)));
    const reverse = <T>(items: readonly T[]) => [...items].reverse();
    expect(await drawPreQueue(db, concert.id, CONFIG, at(now, 10), reverse)).toBe(4);
    const placed = await tokensOf(concert.id);
    expect(placed.map((t) => t.token)).toEqual(tokens.map((t) => t.token).reverse());
    expect(placed.map((t) => [Number(t.seq), t.joinedPosition])).toEqual([
      [-4, 1],
      [-3, 2],
      [-2, 3],
      [-1, 4],
    ]);
  });

  test('is random: eight pre-queues of five are not all drawn alike', async () => {
    const now = tomorrow();
    const orders = new Set<string>();
    for (let draw = 0; draw < 8; draw++) {
      const concert = await concertOpeningAt(db, at(now, 10), { paused: true });
      const users = await makeUsers(db, 5);
      for (const [i, user] of users.entries()) await join(store, user.id, concert.id, at(now, i));
      await store.draw(concert.id, at(now, 10));
      const placed = await tokensOf(concert.id);
      orders.add(placed.map((t) => users.findIndex((u) => u.id === t.userId)).join(''));
    }
    // All eight alike by chance: (1/120)^7, about 3e-15.
    expect(orders.size).toBeGreaterThan(1);
  });

  test('40 concurrent draws on four instances, with fans joining at the opening, draw once and give each place once', async () => {
    const now = tomorrow();
    const opening = at(now, 30);
    const concert = await concertOpeningAt(db, opening, { paused: true });
    const early: QueueTicket[] = [];
    for (const [i, user] of (await makeUsers(db, 20)).entries()) early.push(await join(store, user.id, concert.id, at(now, i)));
    const late = await makeUsers(db, 10);

    const results: (number | null)[] = [];
    const counted = (instance: PostgresQueueStore) => {
      const draw = instance.draw.bind(instance);
      instance.draw = async (concertId, time) => {
        const result = await draw(concertId, time);
        results.push(result);
        return result;
      };
      return instance;
    };
    const instances = Array.from({ length: 4 }, () => counted(storeFor(db)));
    // Two of them as the app runs them, behind the cache: a crowd of joins shares one attempt.
    const cached = instances.slice(0, 2).map((inner) => new CachedQueueStore(inner, { maxAgeMs: 500, exactWithin: 10 }));
    const t = at(opening, 1);
    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => instances[i % 4].draw(concert.id, t)),
      ...late.map((user, i) => join(cached[i % 2], user.id, concert.id, t)),
    ]);

    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(results.filter((placed) => placed !== null)).toEqual([20]);
    const line = await tokensOf(concert.id);
    const drawn = line.filter((token) => token.seq < 0n);
    expect(drawn.map((token) => token.token).sort()).toEqual(early.map((ticket) => ticket.token).sort());
    expect(drawn.map((token) => Number(token.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i - 20));
    expect(drawn.map((token) => token.joinedPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const behind = line.filter((token) => token.seq > 0n);
    expect((await Promise.all(behind.map((token) => store.position(token)))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => 21 + i),
    );

    // Later attempts find it drawn and change nothing.
    expect(await Promise.all(instances.map((instance) => instance.draw(concert.id, at(opening, 5))))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(await tokensOf(concert.id)).toEqual(line);
    expect(await drawnAt(concert.id)).toEqual(t);
  });

  test('a draw that dies midway leaves the line as it was, and the next one places everyone', async () => {
    const now = tomorrow();
    const opening = at(now, 10);
    const concert = await concertOpeningAt(db, opening, { paused: true });
    for (const [i, user] of (await makeUsers(db, 5)).entries()) await join(store, user.id, concert.id, at(now, i));
    const before = await tokensOf(concert.id);

    // Another connection holds one fan's row, so the draw stops there, its line locked and
    // half its work ahead of it; then its connection is cut, as a crash would.
    const blocker = new pg.Client({ connectionString: inject('databaseUrl') });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM "QueueToken" WHERE id = $1 FOR UPDATE', [before[3].id]);
      const [{ pid: blockerPid }] = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      const drawing = store.draw(concert.id, at(opening, 1));
      drawing.catch(() => {});
      const waiting = () =>
        db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE ${blockerPid}::int = ANY(pg_blocking_pids(pid))`;
      await expect.poll(async () => (await waiting()).length, { timeout: 10_000 }).toBe(1);
      const [{ pid: drawPid }] = await waiting();
      await db.$queryRaw`SELECT pg_terminate_backend(${drawPid}::int)`;
      await expect(drawing).rejects.toThrow();
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }

    expect(await tokensOf(concert.id)).toEqual(before);
    expect(await drawnAt(concert.id)).toBeNull();
    expect(await store.draw(concert.id, at(opening, 2))).toBe(5);
    expect((await tokensOf(concert.id)).every((t) => t.seq < 0n && t.joinedPosition !== null)).toBe(true);
  });
});

describe('what a poll says', () => {
  test("a fan's place at joining is the same on every read and on every device", async () => {
    const concert = await makeConcert(db, { activeLimit: 2 });
    await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: true } });
    const now = tomorrow();
    const users = await makeUsers(db, 4);
    const tickets: QueueTicket[] = [];
    for (const user of users) tickets.push(await join(store, user.id, concert.id, now));
    expect(tickets.map((t) => [t.position, t.joinedPosition])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    await updateQueueSettings(db, store, { concertId: concert.id, paused: false }, at(now, 5));
    expect(await poll(store, tickets[3].token, at(now, 6))).toMatchObject({ position: 2, joinedPosition: 4 });
    // Another tab or device joins again: the same token, and the same place at joining.
    const again = await joinQueue(store, { userId: users[3].id, concertId: concert.id }, CONFIG, at(now, 7));
    expect(again.created).toBe(false);
    expect(again.ticket).toMatchObject({ token: tickets[3].token, position: 2, joinedPosition: 4 });
  });

  test('while admission is paused it says so and gives no estimate, from memory', async () => {
    const clock = { now: 1_000_000 };
    const inner = storeFor(db);
    const cached = new CachedQueueStore(inner, { maxAgeMs: 500, exactWithin: 10, clock: () => clock.now });
    const concert = await makeConcert(db, { activeLimit: 1 });
    const now = tomorrow();
    const tickets: QueueTicket[] = [];
    for (const user of await makeUsers(db, 3)) tickets.push(await join(cached, user.id, concert.id, now));
    expect(await poll(cached, tickets[2].token, now)).toMatchObject({ position: 2, paused: false, etaSeconds: 1200 });

    await updateQueueSettings(db, store, { concertId: concert.id, paused: true }, now);
    const stateReads = vi.spyOn(inner, 'lineState');
    const lineReads = vi.spyOn(inner, 'waitingLine');
    clock.now += 500;
    await expect.poll(() => poll(cached, tickets[2].token, now)).toMatchObject({ position: 2, paused: true, etaSeconds: null });
    for (let i = 0; i < 20; i++) await poll(cached, tickets[2].token, now);
    // The pause came with the snapshot of the line: one read for all those polls, none of its own.
    expect(stateReads).not.toHaveBeenCalled();
    expect(lineReads.mock.calls.length).toBeLessThanOrEqual(2);

    await updateQueueSettings(db, store, { concertId: concert.id, paused: false }, now);
    clock.now += 500;
    await expect.poll(() => poll(cached, tickets[2].token, now)).toMatchObject({ paused: false, etaSeconds: 1200 });
  });

  test('an instance that did not draw tells its polls the drawn places within about a second', async () => {
    const clock = { now: 2_000_000 };
    const cached = new CachedQueueStore(storeFor(db), { maxAgeMs: 500, exactWithin: 1, clock: () => clock.now });
    const now = tomorrow();
    const opening = at(now, 5);
    const concert = await concertOpeningAt(db, opening, { paused: true });
    const tickets: QueueTicket[] = [];
    for (const user of await makeUsers(db, 4)) tickets.push(await join(cached, user.id, concert.id, now));
    for (const ticket of tickets) expect(await poll(cached, ticket.token, now)).toMatchObject({ position: null });

    expect(await storeFor(db).draw(concert.id, at(opening, 1))).toBe(4);
    clock.now += 500;
    for (const ticket of tickets) {
      await expect
        .poll(() => poll(cached, ticket.token, at(opening, 2)))
        .toMatchObject({ opensAt: null, position: expect.any(Number) });
      const drawn = await poll(cached, ticket.token, at(opening, 2));
      expect(drawn.joinedPosition).toBe(drawn.position);
    }
  });
});

describe('the admin moves the opening', () => {
  test('until sales open, to a time before the last date; not after', async () => {
    const now = tomorrow();
    const concert = await concertOpeningAt(db, at(now, 3600), { paused: true });
    const [fan] = await makeUsers(db, 1);
    const ticket = await join(store, fan.id, concert.id, now);
    expect(ticket.opensAt).toBe(at(now, 3600).toISOString());

    expect(await updateConcert(db, { concertId: concert.id, salesOpenAt: at(now, 60) })).toMatchObject({
      salesOpenAt: at(now, 60).toISOString(),
      salesOpened: false,
    });
    expect(await poll(store, ticket.token, at(now, 1))).toMatchObject({ opensAt: at(now, 60).toISOString() });
    await expect(updateConcert(db, { concertId: concert.id, salesOpenAt: at(now, 30 * 86_400) })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      extra: { errors: [{ path: 'salesOpenAt', message: 'Sales must open before the last date' }] },
    });

    expect(await store.draw(concert.id, at(now, 61))).toBe(1);
    await expect(updateConcert(db, { concertId: concert.id, salesOpenAt: at(now, 7200) })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      extra: { errors: [{ path: 'salesOpenAt' }] },
    });
    // The same opening again, and the other fields, are fine.
    expect(
      await updateConcert(db, { concertId: concert.id, salesOpenAt: at(now, 60), title: 'Moved On', maxTicketsPerUser: 2 }),
    ).toMatchObject({ title: 'Moved On', maxTicketsPerUser: 2, salesOpened: true, salesOpenAt: at(now, 60).toISOString() });
    await expect(updateConcert(db, { concertId: '00000000-0000-4000-8000-000000000000', title: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
