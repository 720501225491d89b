/**
 * Polls keep a WAITING token in line by writing lastSeenAt; the app gathers those writes into
 * one statement per batch. A batch never moves lastSeenAt back and never touches a token that
 * has left WAITING.
 */
import { describe, expect, test, vi } from 'vitest';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { poolOf } from '@/lib/db/client';
import { openTestDb } from '@/lib/testing/test-db';
import { at, CONFIG } from './queue-fixtures';

const db = openTestDb(20);

async function lineSeenAt(seenAt: Date, people: number) {
  const concert = await makeConcert(db, { activeLimit: 1 });
  await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: true } });
  const users = await makeUsers(db, people);
  await db.queueToken.createMany({
    data: users.map((user, i) => ({
      token: `touch-${concert.id}-${i}`,
      userId: user.id,
      concertId: concert.id,
      lastSeenAt: seenAt,
    })),
  });
  return db.queueToken.findMany({ where: { concertId: concert.id }, orderBy: { seq: 'asc' } });
}

const seenAt = async (ids: string[]) =>
  (await db.queueToken.findMany({ where: { id: { in: ids } }, orderBy: { seq: 'asc' } })).map((t) => t.lastSeenAt.toISOString());

describe('gathered touches', () => {
  test('30 concurrent polls write in one statement, after the batch, and only to WAITING tokens', async () => {
    const start = new Date('2026-12-01T10:00:00Z');
    const tokens = await lineSeenAt(start, 30);
    const store = new PostgresQueueStore(db, CONFIG, { touchBatchMs: 60_000 });
    // Admitted after its poll read it as WAITING: the late write must leave it alone.
    await db.queueToken.update({ where: { id: tokens[0].id }, data: { status: 'ACTIVE', activeUntil: at(start, 600) } });
    const statements = vi.spyOn(poolOf(db), 'query');

    await Promise.all(tokens.map((token) => store.touch(token, at(start, 30))));
    expect(await seenAt(tokens.map((t) => t.id))).toEqual(tokens.map(() => start.toISOString()));
    await store.flushTouches();

    const textOf = (statement: unknown) => (typeof statement === 'string' ? statement : (statement as { text: string }).text);
    const writes = statements.mock.calls.filter(([statement]) =>
      /UPDATE "QueueToken" t SET "lastSeenAt"/.test(textOf(statement)),
    );
    statements.mockRestore();
    expect(writes).toHaveLength(1);
    expect(await seenAt(tokens.map((t) => t.id))).toEqual(
      [start, ...tokens.slice(1).map(() => at(start, 30))].map((d) => d.toISOString()),
    );
  });

  test('a late batch never moves lastSeenAt back, and a batch goes by itself after its delay', async () => {
    const start = new Date('2026-12-01T10:00:00Z');
    const [token] = await lineSeenAt(start, 1);
    const store = new PostgresQueueStore(db, CONFIG, { touchBatchMs: 20 });
    await db.queueToken.update({ where: { id: token.id }, data: { lastSeenAt: at(start, 40) } });
    await store.touch(token, at(start, 20)); // its record, read before, still says `start`
    await store.flushTouches();
    expect(await seenAt([token.id])).toEqual([at(start, 40).toISOString()]);

    const [other] = await lineSeenAt(start, 1);
    await store.touch(other, at(start, 20));
    await vi.waitFor(async () => expect(await seenAt([other.id])).toEqual([at(start, 20).toISOString()]), { timeout: 2_000 });
  });
});
