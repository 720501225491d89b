/**
 * An estimated wait a fan can trust (issue 15): a line of 1,000 drained at a steady pace, polled
 * through the real code (the cached store over PostgreSQL, as lib/server/queue.ts makes it) with
 * an injected clock. Every estimate is compared with the wait that followed: when that token was
 * actually admitted. The median error must stay within 15%; the README quotes the figure.
 */
import { describe, expect, test } from 'vitest';
import { transaction } from '@/lib/db/sql';
import { CachedQueueStore } from '@/lib/core/queue/cached-queue-store';
import { getQueueTicket } from '@/lib/core/queue/get-queue-ticket';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import type { QueueConfig } from '@/lib/core/queue/queue-config';
import { makeConcert, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { at } from './queue-fixtures';

const db = openTestDb(10);

const WAITING = 1_000;
const ACTIVE_LIMIT = 20;
/** Passes used up (paid) per second, so as many are admitted per second. */
const PACE = 4;
/** Polls per simulated second, spread over the line. */
const POLLS_PER_SECOND = 3;
// Nobody goes idle in this simulation: only a sample polls.
const CONFIG: QueueConfig = { activeTtlSeconds: 600, idleTimeoutSeconds: 24 * 3600, defaultActiveLimit: ACTIVE_LIMIT };

describe('the estimated wait', () => {
  test(`of ${WAITING.toLocaleString('en')} fans admitted ${PACE} a second is within 15% (median) of the wait that follows`, async () => {
    const concert = await makeConcert(db, { activeLimit: ACTIVE_LIMIT });
    await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: true } });
    const start = new Date();
    const users = await makeUsers(db, WAITING);
    await db.queueToken.createMany({
      data: users.map((user, i) => ({
        token: `eta-${concert.id}-${i}`,
        userId: user.id,
        concertId: concert.id,
        createdAt: start,
        lastSeenAt: start,
      })),
    });
    const clock = { now: 0 };
    const store = new CachedQueueStore(new PostgresQueueStore(db, CONFIG), {
      maxAgeMs: 500,
      exactWithin: 100,
      clock: () => clock.now,
    });
    const timeAt = (second: number) => at(start, second);

    await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: false } });
    const estimates: { token: string; polledAt: Date; etaSeconds: number }[] = [];
    for (let second = 0; ; second++) {
      const now = timeAt(second);
      clock.now = second * 1000;
      // A steady outflow: the PACE longest-admitted pay, which frees their places.
      const paying = await db.queueToken.findMany({
        where: { concertId: concert.id, status: 'ACTIVE' },
        orderBy: [{ activatedAt: 'asc' }, { seq: 'asc' }],
        take: second === 0 ? 0 : PACE,
      });
      for (const token of paying) await transaction(db, (tx) => store.endInTransaction(tx, token.id, now));
      // The ticker's admission, for this line only (a global tick would admit other files' lines).
      await store.admit(concert.id, now);

      const waiting = await db.queueToken.findMany({
        where: { concertId: concert.id, status: 'WAITING' },
        orderBy: { seq: 'asc' },
        select: { token: true },
      });
      if (waiting.length === 0) break;
      // Polls come at any moment between the ticker's beats, not only right after one.
      for (let i = 0; i < POLLS_PER_SECOND; i++) {
        const offset = (i + 1) / (POLLS_PER_SECOND + 1);
        const polledAt = timeAt(second + offset);
        clock.now = (second + offset) * 1000;
        const { token } = waiting[(second * 37 + i * 331) % waiting.length];
        const ticket = await getQueueTicket(store, (await store.findRecent(token))!, CONFIG, polledAt);
        if (ticket.status === 'WAITING') estimates.push({ token, polledAt, etaSeconds: ticket.etaSeconds! });
      }
    }

    const admittedAt = new Map(
      (await db.queueToken.findMany({ where: { concertId: concert.id }, select: { token: true, activatedAt: true } })).map(
        (t) => [t.token, t.activatedAt!],
      ),
    );
    const errors = estimates
      .map(({ token, polledAt, etaSeconds }) => {
        const waited = (admittedAt.get(token)!.getTime() - polledAt.getTime()) / 1000;
        return Math.abs(etaSeconds - waited) / Math.max(waited, 1);
      })
      .sort((a, b) => a - b);
    const median = errors[Math.floor(errors.length / 2)];
    const p90 = errors[Math.floor(errors.length * 0.9)];
    console.log(
      `[eta] ${estimates.length} estimates over a line of ${WAITING} drained at ${PACE}/s: ` +
        `median error ${(median * 100).toFixed(1)}%, 90th percentile ${(p90 * 100).toFixed(1)}%`,
    );
    expect(estimates.length).toBeGreaterThan(500);
    expect(median).toBeLessThanOrEqual(0.15);
  }, 120_000);
});
