/**
 * A poll's token from memory (decision 006): a token the instance has seen is answered without
 * a database read while its line's snapshot still lists it; admitted or expired, it reads so
 * once a snapshot taken after the change is in (at most 2 x maxAgeMs); a gated action never
 * reads the cached record.
 */
import { describe, expect, test, vi } from 'vitest';
import { CachedQueueStore } from '@/lib/core/queue/cached-queue-store';
import { checkQueueToken } from '@/lib/core/queue/check-queue-token';
import { newToken } from '@/lib/core/queue/queue-token';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { CONFIG, storeFor } from './queue-fixtures';

const db = openTestDb(10);
const MAX_AGE_MS = 500;

async function line(people: number) {
  const concert = await makeConcert(db, { activeLimit: 1 });
  await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: true } });
  const users = await makeUsers(db, people);
  await db.queueToken.createMany({
    data: users.map((user) => ({ token: newToken(), userId: user.id, concertId: concert.id })),
  });
  const clock = { now: 5_000_000 };
  const inner = storeFor(db);
  const cached = new CachedQueueStore(inner, { maxAgeMs: MAX_AGE_MS, exactWithin: 1, clock: () => clock.now });
  const tokens = await db.queueToken.findMany({ where: { concertId: concert.id }, orderBy: { seq: 'asc' } });
  // The cache refreshes a snapshot in the background; the tests wait for those reads, not for time.
  const reading: Promise<unknown>[] = [];
  const read = inner.waitingLine.bind(inner);
  vi.spyOn(inner, 'waitingLine').mockImplementation((id) => {
    const result = read(id);
    reading.push(result);
    return result;
  });
  const settled = () => Promise.all(reading);
  return { concert, inner, cached, clock, tokens, settled };
}

describe('a poll reads its token from memory', () => {
  test('a known WAITING token is answered with no database read, however often it polls', async () => {
    const { inner, cached, clock, tokens, settled } = await line(20);
    const target = tokens[10];
    await cached.findRecent(target.token);
    await cached.position(target);
    const reads = vi.spyOn(inner, 'findAll');
    for (let i = 0; i < 10; i++) {
      clock.now += 100;
      const record = await cached.findRecent(target.token);
      expect(record?.status).toBe('WAITING');
      await cached.position(record!);
      await settled();
    }
    // The snapshot was refreshed on the way (every maxAgeMs); the token itself never read.
    expect(reads).not.toHaveBeenCalled();
  });

  test('once admitted, it reads ACTIVE as soon as a snapshot taken after the admission is in', async () => {
    const { concert, cached, clock, tokens } = await line(5);
    const target = tokens[0];
    expect((await cached.findRecent(target.token))?.status).toBe('WAITING');
    await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: false } });
    await storeFor(db).admit(concert.id, new Date());
    // Past maxAgeMs the next read refreshes the snapshot, which no longer lists the token.
    clock.now += MAX_AGE_MS;
    await expect.poll(async () => (await cached.findRecent(target.token))?.status).toBe('ACTIVE');
    expect(clock.now - 5_000_000).toBeLessThanOrEqual(2 * MAX_AGE_MS);
  });

  test('a snapshot too old to vouch for the token sends the read to the database', async () => {
    const { inner, cached, clock, tokens } = await line(3);
    await cached.findRecent(tokens[2].token);
    await cached.position(tokens[2]);
    const reads = vi.spyOn(inner, 'findAll');
    // The refresh hangs (a slow database): the old snapshot may not vouch past 2 x maxAgeMs.
    vi.mocked(inner.waitingLine).mockImplementation(() => new Promise(() => {}));
    clock.now += MAX_AGE_MS;
    expect((await cached.findRecent(tokens[2].token))?.status).toBe('WAITING');
    expect(reads).not.toHaveBeenCalled();
    clock.now += MAX_AGE_MS;
    expect((await cached.findRecent(tokens[2].token))?.status).toBe('WAITING');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  test('a token this instance has never seen is read from the database', async () => {
    const { inner, cached, tokens } = await line(2);
    const reads = vi.spyOn(inner, 'findAll');
    expect((await cached.findRecent(tokens[1].token))?.token).toBe(tokens[1].token);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await cached.findRecent(newToken())).toBeNull();
  });

  test('a gated action checks the token in the database, never the remembered record', async () => {
    const { concert, cached, tokens } = await line(2);
    const target = tokens[0];
    await cached.findRecent(target.token);
    await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: false } });
    await storeFor(db).admit(concert.id, new Date());
    // The poll may still see WAITING for a moment; the gate sees ACTIVE at once.
    const record = await checkQueueToken(
      cached,
      { token: target.token, userId: target.userId, mode: 'active' },
      CONFIG,
      new Date(),
    );
    expect(record.status).toBe('ACTIVE');
  });
});
