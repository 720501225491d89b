import { describe, expect, test } from 'vitest';
import { getQueueHistory } from '@/lib/core/admin/get-queue-history';
import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import type { Db } from '@/lib/db/client';
import { QueueHistoryQuery } from '@/lib/schemas/admin-console';
import { makeConcert, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';

const db = openTestDb(5);
const store = new PostgresQueueStore(db, { activeTtlSeconds: 600, idleTimeoutSeconds: 120, defaultActiveLimit: 100 });
const NOW = new Date('2027-05-05T12:00:00.000Z');
/** `seconds` relative to NOW: negative is the past. */
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

interface Timeline {
  status: 'WAITING' | 'ACTIVE' | 'EXPIRED';
  joined: number;
  admitted?: number;
  activeUntil?: number;
  expired?: number;
}

let tokenCount = 0;
async function tokenWith(db: Db, userId: string, concertId: string, t: Timeline) {
  await db.queueToken.create({
    data: {
      token: `history-${process.pid}-${++tokenCount}-${Math.random().toString(36).slice(2)}`,
      userId,
      concertId,
      status: t.status,
      createdAt: at(t.joined),
      lastSeenAt: at(t.joined),
      activatedAt: t.admitted === undefined ? null : at(t.admitted),
      activeUntil: t.activeUntil === undefined ? null : at(t.activeUntil),
      expiredAt: t.expired === undefined ? null : at(t.expired),
    },
  });
}

describe('queue history', () => {
  test('replays waiting, active and admissions at each point from the tokens timestamps', async () => {
    const [concert, other] = await Promise.all([makeConcert(db), makeConcert(db)]);
    const [a, b, c, d, g, late] = await Promise.all(Array.from({ length: 6 }, () => makeUser(db)));
    // Points every minute at -240, -180, -120, -60 and 0 s.
    await tokenWith(db, a.id, concert.id, { status: 'ACTIVE', joined: -270, admitted: -150, activeUntil: 450 });
    await tokenWith(db, b.id, concert.id, { status: 'EXPIRED', joined: -200, expired: -90 }); // left the line idle
    await tokenWith(db, c.id, concert.id, { status: 'WAITING', joined: -100 });
    // Admitted before the window, pass used up by a payment at -100.
    await tokenWith(db, d.id, concert.id, { status: 'EXPIRED', joined: -500, admitted: -400, activeUntil: 200, expired: -100 });
    // Timed out at -5, the ticker has not marked it yet.
    await tokenWith(db, g.id, concert.id, { status: 'ACTIVE', joined: -30, admitted: -20, activeUntil: -5 });
    await tokenWith(db, late.id, concert.id, { status: 'WAITING', joined: 10 });
    await tokenWith(db, a.id, other.id, { status: 'WAITING', joined: -200 });

    const history = await getQueueHistory(db, store, { concertId: concert.id, minutes: 5, stepSeconds: 60 }, NOW);

    expect(history).toEqual({
      concertId: concert.id,
      stepSeconds: 60,
      points: [
        { at: at(-240).toISOString(), waiting: 1, active: 1, admitted: 0 },
        { at: at(-180).toISOString(), waiting: 2, active: 1, admitted: 0 },
        { at: at(-120).toISOString(), waiting: 1, active: 2, admitted: 1 },
        { at: at(-60).toISOString(), waiting: 1, active: 1, admitted: 0 },
        { at: at(0).toISOString(), waiting: 1, active: 1, admitted: 1 },
      ],
    });
  });

  test('a concert nobody queued for has a flat line; an unknown one is NOT_FOUND', async () => {
    const concert = await makeConcert(db);

    const history = await getQueueHistory(db, store, { concertId: concert.id, minutes: 15, stepSeconds: 30 }, NOW);

    expect(history.points).toHaveLength(30);
    expect(history.points.at(-1)?.at).toBe(NOW.toISOString());
    expect(history.points.every((p) => p.waiting === 0 && p.active === 0 && p.admitted === 0)).toBe(true);
    await expect(
      getQueueHistory(db, store, { concertId: '00000000-0000-4000-8000-000000000000', minutes: 15, stepSeconds: 30 }, NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('the query defaults to 15 minutes in 30 s steps and refuses windows too fine to draw', () => {
    expect(QueueHistoryQuery.parse({})).toEqual({ minutes: 15, stepSeconds: 30 });
    expect(QueueHistoryQuery.parse({ minutes: '60', stepSeconds: '' })).toEqual({ minutes: 60, stepSeconds: 30 });
    expect(QueueHistoryQuery.safeParse({ minutes: '180', stepSeconds: '10' }).success).toBe(false);
    expect(QueueHistoryQuery.safeParse({ minutes: 'ten' }).success).toBe(false);
    expect(QueueHistoryQuery.safeParse({ minutes: '2.5' }).success).toBe(false);
  });
});
