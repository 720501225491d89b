/**
 * The position cache (decision 005): places far back come from a snapshot at most maxAgeMs
 * old, places near the front and newcomers' places are counted fresh, and a stale snapshot is
 * replaced by one shared read.
 */
import { describe, expect, test, vi } from 'vitest';
import { CachedQueueStore, countBelow } from '@/lib/core/queue/cached-queue-store';
import { joinQueue } from '@/lib/core/queue/join-queue';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { CONFIG, storeFor } from './queue-fixtures';

const db = openTestDb(20);
const MAX_AGE_MS = 1_000;
const EXACT_WITHIN = 10;

/** A paused line of `people` WAITING tokens, in join order, and a cache over it with a clock we move. */
async function pausedLine(people: number) {
  const concert = await makeConcert(db, { activeLimit: 1 });
  await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: true } });
  const users = await makeUsers(db, people);
  await db.queueToken.createMany({
    data: users.map((user, i) => ({ token: `line-${concert.id}-${i}`, userId: user.id, concertId: concert.id })),
  });
  const clock = { now: 1_000_000 };
  const inner = storeFor(db);
  const cached = new CachedQueueStore(inner, { maxAgeMs: MAX_AGE_MS, exactWithin: EXACT_WITHIN, clock: () => clock.now });
  const tokens = () => db.queueToken.findMany({ where: { concertId: concert.id, status: 'WAITING' }, orderBy: { seq: 'asc' } });
  return { concert, inner, cached, clock, tokens };
}

const positionsOf = (store: { position(t: QueueTokenRecord): Promise<number> }, tokens: QueueTokenRecord[]) =>
  Promise.all(tokens.map((t) => store.position(t)));

describe('cached places in line', () => {
  test('match the exact count for every place in a fresh line', async () => {
    const { inner, cached, tokens } = await pausedLine(150);
    const line = await tokens();
    expect(await positionsOf(cached, line)).toEqual(await positionsOf(inner, line));
    expect(await positionsOf(cached, line)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  test('a newcomer after the snapshot is placed behind everyone, before any refresh, and polls its exact place', async () => {
    const { concert, cached, tokens } = await pausedLine(50);
    await positionsOf(cached, await tokens());
    const newcomers = await makeUsers(db, 3);
    const tickets = [];
    for (const user of newcomers) {
      tickets.push((await joinQueue(cached, { userId: user.id, concertId: concert.id }, CONFIG, new Date())).ticket);
    }
    // The place a join is told is the snapshot's 50 plus the seqs handed out since: never short,
    // long by the seqs other concerts' joins drew meanwhile (other test files join all the time).
    const told = tickets.map((t) => t.position!);
    expect(told[0]).toBeGreaterThanOrEqual(51);
    expect(told[1]).toBeGreaterThan(told[0]);
    expect(told[2]).toBeGreaterThan(told[1]);
    expect(tickets.map((t) => t.joinedPosition)).toEqual(told);
    const line = await tokens();
    expect(await positionsOf(cached, line.slice(50))).toEqual([51, 52, 53]);
  });

  test("a newcomer's place is the snapshot's count plus the seqs handed out since, whatever the concert", async () => {
    const { concert, cached, tokens } = await pausedLine(50);
    await positionsOf(cached, await tokens());
    const [first, second, elsewhere] = await makeUsers(db, 3);
    const other = await makeConcert(db);
    const a = await cached.join(first.id, concert.id, new Date());
    await storeFor(db).join(elsewhere.id, other.id, new Date());
    const b = await cached.join(second.id, concert.id, new Date());
    // Each is told 50 plus the seqs drawn after the snapshot up to its own: the second one also
    // counts the seq drawn for the other concert in between.
    expect(a.token.joinedPosition).toBeGreaterThanOrEqual(51);
    expect(b.token.seq - a.token.seq).toBeGreaterThanOrEqual(2n);
    expect(b.token.joinedPosition! - a.token.joinedPosition!).toBe(Number(b.token.seq - a.token.seq));
    // Its polls count exactly: the joiner elsewhere is not in this line.
    expect(await positionsOf(cached, [a.token, b.token])).toEqual([51, 52]);
  });

  test('far back, a place may lag the line by at most maxAgeMs; near the front it is exact at once', async () => {
    const { cached, clock, tokens } = await pausedLine(60);
    const line = await tokens();
    await positionsOf(cached, line);
    // The first five leave the line.
    await db.queueToken.updateMany({ where: { id: { in: line.slice(0, 5).map((t) => t.id) } }, data: { status: 'EXPIRED' } });

    const back = line[59];
    expect(await cached.position(back)).toBe(60);
    expect(await cached.position(line[8])).toBe(4);

    clock.now += MAX_AGE_MS;
    // The first read past maxAgeMs starts a refresh; the reads after it see its result.
    await expect.poll(() => cached.position(back)).toBe(55);
  });

  test('a snapshot far too old is never served: the reader waits for the refresh', async () => {
    const { cached, clock, tokens } = await pausedLine(40);
    const line = await tokens();
    expect(await cached.position(line[39])).toBe(40);
    await db.queueToken.updateMany({ where: { id: { in: line.slice(0, 15).map((t) => t.id) } }, data: { status: 'EXPIRED' } });
    clock.now += MAX_AGE_MS * 10;
    expect(await cached.position(line[39])).toBe(25);
  });

  test('a fan back in line after their place expired is not counted behind their old place', async () => {
    const { concert, cached, tokens } = await pausedLine(1);
    const [old] = await tokens();
    expect(await cached.position(old)).toBe(1);
    await db.queueToken.update({ where: { id: old.id }, data: { status: 'EXPIRED', expiredAt: new Date() } });
    const again = await joinQueue(cached, { userId: old.userId, concertId: concert.id }, CONFIG, new Date());
    expect(again.ticket.position).toBe(1);
  });

  test('readers of a stale line share one read of it', async () => {
    const { inner, cached, clock, tokens } = await pausedLine(30);
    const line = await tokens();
    const reads = vi.spyOn(inner, 'waitingLine');
    await Promise.all(line.map((t) => cached.position(t)));
    expect(reads).toHaveBeenCalledTimes(1);
    clock.now += MAX_AGE_MS * 10;
    await Promise.all(line.map((t) => cached.position(t)));
    expect(reads).toHaveBeenCalledTimes(2);
  });

  test('the admission pace (rate and activeLimit) is read at most once per maxAgeMs', async () => {
    const { concert, inner, cached, clock } = await pausedLine(1);
    const reads = vi.spyOn(inner, 'admissionPace');
    const now = new Date();
    await Promise.all(Array.from({ length: 10 }, () => cached.admissionPace(concert.id, now)));
    expect(reads).toHaveBeenCalledTimes(1);
    clock.now += MAX_AGE_MS;
    await cached.admissionPace(concert.id, now);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});

describe('tokens the instance does not know yet', () => {
  test('are read in one query for all asked in the same turn, each answered its own', async () => {
    const { inner, cached, tokens } = await pausedLine(30);
    const line = await tokens();
    const reads = vi.spyOn(inner, 'findAll');
    const asked = [...line.map((t) => t.token), line[0].token, 'no-such-token'];
    const found = await Promise.all(asked.map((token) => cached.findRecent(token)));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(found.map((record) => record?.id ?? null)).toEqual([...line.map((t) => t.id), line[0].id, null]);
    // Now known: the next polls read nothing.
    await Promise.all(line.map((t) => cached.findRecent(t.token)));
    expect(reads).toHaveBeenCalledTimes(1);
  });

  test('a failed read fails every poll that waited for it, and the next turn reads again', async () => {
    const { inner, cached, tokens } = await pausedLine(2);
    const line = await tokens();
    vi.spyOn(inner, 'findAll').mockRejectedValueOnce(new Error('database unavailable'));
    const polls = line.map((t) => cached.findRecent(t.token));
    for (const poll of polls) await expect(poll).rejects.toThrow('database unavailable');
    expect((await cached.findRecent(line[1].token))?.id).toBe(line[1].id);
  });
});

describe("an instance's admissions", () => {
  test('callers that come while one runs share the next, which starts after it ends, at the latest now', async () => {
    const concert = await makeConcert(db, { activeLimit: 1 });
    const inner = storeFor(db);
    const cached = new CachedQueueStore(inner, { maxAgeMs: MAX_AGE_MS, exactWithin: EXACT_WITHIN });
    const rounds: { now: Date; end: (admitted: number) => void }[] = [];
    vi.spyOn(inner, 'admit').mockImplementation(
      (_concertId, now) => new Promise<number>((resolve) => rounds.push({ now, end: resolve })),
    );
    const t0 = new Date(2026, 0, 1);
    const first = cached.admit(concert.id, t0);
    const second = cached.admit(concert.id, new Date(t0.getTime() + 2_000));
    const third = cached.admit(concert.id, new Date(t0.getTime() + 1_000));
    expect(rounds).toHaveLength(1);
    rounds[0].end(1);
    expect(await first).toBe(1);
    await vi.waitFor(() => expect(rounds).toHaveLength(2));
    expect(rounds[1].now).toEqual(new Date(t0.getTime() + 2_000));
    // A caller after the second began waits for a third.
    const fourth = cached.admit(concert.id, t0);
    rounds[1].end(2);
    expect(await Promise.all([second, third])).toEqual([2, 2]);
    await vi.waitFor(() => expect(rounds).toHaveLength(3));
    rounds[2].end(0);
    expect(await fourth).toBe(0);
    // Nothing runs now: the next caller starts one at once.
    void cached.admit(concert.id, t0);
    expect(rounds).toHaveLength(4);
    rounds[3].end(0);
  });

  test('30 joins at the front of a new line at once: all 30 admitted, by fewer admissions', async () => {
    const concert = await makeConcert(db, { activeLimit: 30 });
    const inner = storeFor(db);
    const cached = new CachedQueueStore(inner, { maxAgeMs: MAX_AGE_MS, exactWithin: EXACT_WITHIN });
    const admissions = vi.spyOn(inner, 'admit');
    const users = await makeUsers(db, 30);
    const now = new Date();
    const tickets = await Promise.all(
      users.map(async (user) => (await joinQueue(cached, { userId: user.id, concertId: concert.id }, CONFIG, now)).ticket),
    );
    expect(tickets.map((t) => t.status)).toEqual(Array(30).fill('ACTIVE'));
    expect(admissions.mock.calls.length).toBeLessThan(30);
  });
});

describe('countBelow', () => {
  test('counts the sorted seqs below a seq', () => {
    const seqs = Float64Array.from([3, 5, 9, 12]);
    expect([0, 3, 4, 5, 10, 12, 13].map((s) => countBelow(seqs, s))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(countBelow(new Float64Array(0), 7)).toBe(0);
  });
});
