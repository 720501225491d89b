/**
 * What every QueueStore must do (lib/core/queue/queue-store.ts), as a suite any implementation
 * runs: `describeQueueStoreContract('MyStore', db, (db, config) => new MyStore(...))` in a
 * `*.contract.test.ts` file. The line is set up and read through the store only; the concerts
 * and their settings (activeLimit, paused) are PostgreSQL's, whatever carries the line.
 *
 * A store whose reads may lag (CachedQueueStore) is run here with no lag: how far it may lag is
 * its own tests' business.
 */
import { describe, expect, test } from 'vitest';
import { transaction } from '@/lib/db/sql';
import type { QueueConfig } from '@/lib/core/queue/queue-config';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import type { Db } from '@/lib/db/client';
import { makeConcert, makeUser, makeUsers } from '@/lib/testing/factories';
import { at, CONFIG } from './queue-fixtures';

export type MakeQueueStore = (db: Db, config: QueueConfig) => QueueStore;

const UNKNOWN_CONCERT = '00000000-0000-4000-8000-000000000000';

export function describeQueueStoreContract(name: string, db: Db, makeStore: MakeQueueStore) {
  const store = makeStore(db, CONFIG);

  /** A concert and `people` users who joined its line one after another at `now`, none admitted. */
  async function line(people: number, now: Date, options: { activeLimit?: number; paused?: boolean } = {}) {
    const concert = await makeConcert(db, { activeLimit: options.activeLimit ?? 1 });
    if (options.paused) await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: true } });
    const users = await makeUsers(db, people);
    const tokens: QueueTokenRecord[] = [];
    for (const user of users) tokens.push((await store.join(user.id, concert.id, now)).token);
    return { concert, users, tokens };
  }

  const statusOf = async (token: QueueTokenRecord) => (await store.find(token.token))?.status;

  /** A concert whose sales open at `salesOpenAt`, its pre-queue not drawn (the concert is PostgreSQL's). */
  async function opensAt(salesOpenAt: Date) {
    const concert = await makeConcert(db, { activeLimit: 5 });
    await db.$transaction([
      db.concert.update({ where: { id: concert.id }, data: { salesOpenAt } }),
      db.queueSettings.update({ where: { concertId: concert.id }, data: { drawnAt: null } }),
    ]);
    return concert;
  }

  describe(`QueueStore contract: ${name}`, () => {
    test('isOnSale: a concert with a line and a date to come; not one whose dates have begun or were cancelled, nor an unknown one', async () => {
      const now = new Date();
      const onSale = await makeConcert(db);
      const past = await makeConcert(db, { dates: [at(now, -86_400)] });
      const cancelled = await makeConcert(db);
      await db.schedule.updateMany({ where: { concertId: cancelled.id }, data: { cancelledAt: now } });
      expect(await store.isOnSale(onSale.id, now)).toBe(true);
      expect(await store.isOnSale(past.id, now)).toBe(false);
      expect(await store.isOnSale(cancelled.id, now)).toBe(false);
      expect(await store.isOnSale(UNKNOWN_CONCERT, now)).toBe(false);
    });

    test('join: a new WAITING token at the back; joining again returns it', async () => {
      const now = new Date();
      const { concert, users, tokens } = await line(2, now);
      expect(tokens[0]).toMatchObject({ userId: users[0].id, concertId: concert.id, status: 'WAITING', activeUntil: null });
      expect(tokens[0].token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(tokens[1].seq).toBeGreaterThan(tokens[0].seq);
      const again = await store.join(users[0].id, concert.id, at(now, 1));
      expect(again.created).toBe(false);
      expect(again.token.token).toBe(tokens[0].token);
    });

    test('join: 20 concurrent joins by one user give one token', async () => {
      const concert = await makeConcert(db);
      const user = await makeUser(db);
      const now = new Date();
      const results = await Promise.all(Array.from({ length: 20 }, () => store.join(user.id, concert.id, now)));
      expect(new Set(results.map((r) => r.token.token)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
    });

    test('join: once the live token has run out, a new one at the back', async () => {
      const now = new Date();
      const { concert, users, tokens } = await line(2, now, { paused: true });
      await store.touch(tokens[1], at(now, CONFIG.idleTimeoutSeconds - 5));
      const later = at(now, CONFIG.idleTimeoutSeconds + 1);
      const rejoined = await store.join(users[0].id, concert.id, later);
      expect(rejoined.created).toBe(true);
      expect(rejoined.token.token).not.toBe(tokens[0].token);
      expect(await statusOf(tokens[0])).toBe('EXPIRED');
      expect(await store.position(rejoined.token)).toBe(2);
    });

    test('find and findRecent: the token as stored; null for an unknown one', async () => {
      const now = new Date();
      const { tokens } = await line(1, now);
      expect(await store.find(tokens[0].token)).toMatchObject({ id: tokens[0].id, status: 'WAITING', seq: tokens[0].seq });
      expect(await store.findRecent(tokens[0].token)).toMatchObject({ id: tokens[0].id, status: 'WAITING' });
      expect(await store.find('no-such-token')).toBeNull();
      expect(await store.findRecent('no-such-token')).toBeNull();
    });

    test('position: first come, first served, and moves up as those ahead are admitted', async () => {
      const now = new Date();
      const { concert, tokens } = await line(5, now, { activeLimit: 2 });
      expect(await Promise.all(tokens.map((t) => store.position(t)))).toEqual([1, 2, 3, 4, 5]);
      await store.admit(concert.id, now);
      expect(await Promise.all(tokens.slice(2).map((t) => store.position(t)))).toEqual([1, 2, 3]);
    });

    test('admit: the oldest WAITING first, up to activeLimit, with the pass end; never past it', async () => {
      const now = new Date();
      const { concert, tokens } = await line(5, now, { activeLimit: 2 });
      expect(await store.admit(concert.id, now)).toBe(2);
      expect(await store.admit(concert.id, now)).toBe(0);
      const admitted = await Promise.all(tokens.map((t) => store.find(t.token)));
      expect(admitted.map((t) => t?.status)).toEqual(['ACTIVE', 'ACTIVE', 'WAITING', 'WAITING', 'WAITING']);
      expect(admitted[0]?.activeUntil).toEqual(at(now, CONFIG.activeTtlSeconds));
      expect(admitted[0]?.activatedAt).toEqual(now);
    });

    test('admit: nobody while paused; an idle WAITING token is skipped', async () => {
      const now = new Date();
      const paused = await line(2, now, { paused: true });
      expect(await store.admit(paused.concert.id, now)).toBe(0);

      const { concert, tokens } = await line(2, now);
      const polledAt = at(now, CONFIG.idleTimeoutSeconds - 5);
      await store.touch(tokens[1], polledAt);
      expect(await store.admit(concert.id, at(now, CONFIG.idleTimeoutSeconds + 1))).toBe(1);
      expect(await statusOf(tokens[0])).not.toBe('ACTIVE');
      expect(await statusOf(tokens[1])).toBe('ACTIVE');
    });

    test('admit: 30 concurrent admitters on three stores admit activeLimit, the first in line', async () => {
      const now = new Date();
      const { concert, tokens } = await line(12, now, { activeLimit: 3 });
      const stores = [store, makeStore(db, CONFIG), makeStore(db, CONFIG)];
      const counts = await Promise.all(Array.from({ length: 30 }, (_, i) => stores[i % 3].admit(concert.id, now)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
      const statuses = await Promise.all(tokens.map(statusOf));
      expect(statuses.slice(0, 3)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
      expect(statuses.slice(3).every((s) => s === 'WAITING')).toBe(true);
    });

    test('touch: a polled WAITING token stays in line past the idle timeout; an unpolled one leaves', async () => {
      const now = new Date();
      const { concert, tokens } = await line(2, now, { paused: true });
      const polledAt = at(now, CONFIG.idleTimeoutSeconds - 5);
      await store.touch(tokens[1], polledAt);
      expect(tokens[1].lastSeenAt).toEqual(polledAt);
      expect(await store.expireStale(at(now, CONFIG.idleTimeoutSeconds + 1))).toContain(concert.id);
      expect(await statusOf(tokens[0])).toBe('EXPIRED');
      expect(await statusOf(tokens[1])).toBe('WAITING');
      expect(await store.position(tokens[1])).toBe(1);
    });

    test('expireStale: ACTIVE tokens past their pass end, and the concerts affected', async () => {
      const now = new Date();
      const { concert, tokens } = await line(1, now);
      await store.admit(concert.id, now);
      expect(await store.expireStale(at(now, CONFIG.activeTtlSeconds - 1))).not.toContain(concert.id);
      expect(await statusOf(tokens[0])).toBe('ACTIVE');
      expect(await store.expireStale(at(now, CONFIG.activeTtlSeconds))).toContain(concert.id);
      expect(await store.find(tokens[0].token)).toMatchObject({ status: 'EXPIRED', expiredAt: at(now, CONFIG.activeTtlSeconds) });
    });

    test('concertsWithFreeSlots: someone waiting and a slot free; not a full, paused or empty line', async () => {
      const now = new Date();
      const free = await line(2, now, { activeLimit: 1 });
      const full = await line(2, now, { activeLimit: 1 });
      await store.admit(full.concert.id, now);
      const paused = await line(1, now, { paused: true });
      const empty = await makeConcert(db);
      const listed = await store.concertsWithFreeSlots(now);
      expect(listed).toContain(free.concert.id);
      for (const id of [full.concert.id, paused.concert.id, empty.id]) expect(listed).not.toContain(id);
    });

    test('admissionPace: the admissions after the first of the last 5 minutes, per second since it, and the activeLimit', async () => {
      const now = new Date();
      const { concert, tokens } = await line(4, now, { activeLimit: 1 });
      expect(await store.admissionPace(concert.id, now)).toEqual({ perSecond: 0, activeLimit: 1 });
      for (const [i, token] of tokens.slice(0, 3).entries()) {
        expect(await store.admit(concert.id, at(now, 10 * i))).toBe(1);
        await transaction(db, (tx) => store.endInTransaction(tx, token.id, at(now, 10 * i + 5)));
      }
      // Admitted at 0, 10 and 20 s: two more after the first, in 30 s.
      expect(await store.admissionPace(concert.id, at(now, 30))).toEqual({ perSecond: 2 / 30, activeLimit: 1 });
      // Past five minutes the first has left the window; the one at 10 s marks the start.
      expect(await store.admissionPace(concert.id, at(now, 305))).toEqual({ perSecond: 1 / 295, activeLimit: 1 });
    });

    test('figures: waiting, active, admissions in the last minute and the oldest wait, per concert', async () => {
      const start = new Date();
      const { concert } = await line(2, start, { activeLimit: 2 });
      for (const user of await makeUsers(db, 2)) await store.join(user.id, concert.id, at(start, 15));
      await store.admit(concert.id, at(start, 30));
      const now = at(start, 60);
      const figures = (await store.figures(now)).find((f) => f.concertId === concert.id);
      expect(figures).toEqual({
        concertId: concert.id,
        title: concert.title,
        waiting: 2,
        active: 2,
        activeLimit: 2,
        paused: false,
        admittedLastMinute: 2,
        oldestWaitSeconds: 45,
      });
    });

    test('history: waiting, active and admitted at each point', async () => {
      const start = new Date();
      const { concert } = await line(3, start);
      await store.admit(concert.id, at(start, 30));
      const points = await store.history(concert.id, { stepSeconds: 60, count: 2 }, at(start, 60));
      expect(points).toEqual([
        { at: start.toISOString(), waiting: 3, active: 0, admitted: 0 },
        { at: at(start, 60).toISOString(), waiting: 2, active: 1, admitted: 1 },
      ]);
    });

    test('join: a newcomer takes its place, the same on every read; before the draw it has none', async () => {
      // A day ahead: no other file's tick (minutes ahead at most) may draw these lines first.
      const now = at(new Date(), 86_400);
      const { tokens } = await line(3, now);
      expect(tokens.map((t) => t.joinedPosition)).toEqual([1, 2, 3]);
      expect((await store.find(tokens[2].token))?.joinedPosition).toBe(3);

      const later = await opensAt(at(now, 60));
      const [fan] = await makeUsers(db, 1);
      expect((await store.join(fan.id, later.id, now)).token.joinedPosition).toBeNull();
    });

    test('lineState: the opening until the draw, and whether admission is paused', async () => {
      // A day ahead: no other file's tick (minutes ahead at most) may draw these lines first.
      const now = at(new Date(), 86_400);
      const open = await line(1, now, { paused: true });
      expect(await store.lineState(open.concert.id, now)).toEqual({ opensAt: null, paused: true });
      const later = await opensAt(at(now, 60));
      expect(await store.lineState(later.id, now)).toEqual({ opensAt: at(now, 60), paused: false });
    });

    test('draw: at the opening, those who joined before in some order ahead of those after, once; nobody admitted before', async () => {
      // A day ahead: no other file's tick (minutes ahead at most) may draw these lines first.
      const now = at(new Date(), 86_400);
      const concert = await opensAt(at(now, 60));
      const users = await makeUsers(db, 5);
      const early = [];
      for (const user of users.slice(0, 3)) early.push((await store.join(user.id, concert.id, now)).token);
      expect(await store.admit(concert.id, at(now, 30))).toBe(0);
      expect(await store.draw(concert.id, at(now, 30))).toBeNull();
      expect(await store.concertsToDraw(at(now, 30))).not.toContain(concert.id);
      expect(await store.concertsToDraw(at(now, 60))).toContain(concert.id);

      expect(await store.draw(concert.id, at(now, 60))).toBe(3);
      expect(await store.draw(concert.id, at(now, 61))).toBeNull();
      expect(await store.concertsToDraw(at(now, 61))).not.toContain(concert.id);
      expect(await store.lineState(concert.id, at(now, 61))).toEqual({ opensAt: null, paused: false });
      const late = [];
      for (const user of users.slice(3)) late.push((await store.join(user.id, concert.id, at(now, 62))).token);

      const drawn = await Promise.all(early.map(async (t) => (await store.find(t.token))!));
      const places = await Promise.all(drawn.map((t) => store.position(t)));
      expect([...places].sort()).toEqual([1, 2, 3]);
      expect(drawn.map((t) => t.joinedPosition)).toEqual(places);
      expect(await Promise.all(late.map((t) => store.position(t)))).toEqual([4, 5]);
      expect(late.map((t) => t.joinedPosition)).toEqual([4, 5]);
    });

    test("endInTransaction: ends an ACTIVE token with the caller's commit, and only then", async () => {
      const now = new Date();
      const { concert, tokens } = await line(2, now);
      await store.admit(concert.id, now);
      await expect(
        transaction(db, async (tx) => {
          await store.endInTransaction(tx, tokens[0].id, now);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await statusOf(tokens[0])).toBe('ACTIVE');

      await transaction(db, (tx) => store.endInTransaction(tx, tokens[0].id, now));
      expect(await statusOf(tokens[0])).toBe('EXPIRED');
      await expect(transaction(db, (tx) => store.endInTransaction(tx, tokens[0].id, now))).rejects.toMatchObject({
        code: 'QUEUE_TOKEN_EXPIRED',
      });
      // A WAITING token cannot be used up either; the freed slot goes to the next in line.
      await expect(transaction(db, (tx) => store.endInTransaction(tx, tokens[1].id, now))).rejects.toMatchObject({
        code: 'QUEUE_TOKEN_EXPIRED',
      });
      expect(await store.admit(concert.id, now)).toBe(1);
      expect(await statusOf(tokens[1])).toBe('ACTIVE');
    });
  });
}
