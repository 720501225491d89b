import { randomUUID } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { PostgresRateLimiter, sweepRateLimitBuckets } from '@/lib/core/rate-limit/rate-limiter';
import { createDb } from '@/lib/db/client';
import { openTestDb } from '@/lib/testing/test-db';

const db = openTestDb(20);
const limiter = new PostgresRateLimiter(db);
const rule = { limit: 3, windowSeconds: 60 };

describe('the PostgreSQL rate limiter', () => {
  test('trips after the limit, says when to retry, and recovers when the window has passed', async () => {
    const key = `test:${randomUUID()}`;
    const start = new Date('2026-12-01T10:00:10Z');
    for (let i = 0; i < 3; i++) expect((await limiter.hit(key, rule, start)).allowed).toBe(true);
    const refused = await limiter.hit(key, rule, new Date('2026-12-01T10:00:20Z'));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect((await limiter.hit(key, rule, new Date('2026-12-01T10:01:09.999Z'))).allowed).toBe(false);
    expect((await limiter.hit(key, rule, new Date('2026-12-01T10:01:10Z'))).allowed).toBe(true);
  });

  test('a burst across a minute boundary of the clock still counts in one window', async () => {
    const key = `edge:${randomUUID()}`;
    const beforeMinute = new Date('2026-12-01T10:00:59.500Z');
    const afterMinute = new Date('2026-12-01T10:01:00.500Z');
    for (let i = 0; i < 3; i++) expect((await limiter.hit(key, rule, beforeMinute)).allowed).toBe(true);
    expect(await limiter.hit(key, rule, afterMinute)).toEqual({ allowed: false, retryAfterSeconds: 59 });
  });

  test('counts exactly when 40 requests race from two app instances', async () => {
    const key = `race:${randomUUID()}`;
    const otherPool = createDb(inject('databaseUrl'), 10);
    const other = new PostgresRateLimiter(otherPool);
    const now = new Date();
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? limiter : other).hit(key, { limit: 10, windowSeconds: 60 }, now)),
    );
    await otherPool.$disconnect();
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  test('keys are independent, and old windows are swept', async () => {
    const now = new Date();
    const [a, b] = [`a:${randomUUID()}`, `b:${randomUUID()}`];
    for (let i = 0; i < 4; i++) await limiter.hit(a, rule, now);
    expect((await limiter.hit(b, rule, now)).allowed).toBe(true);
    await sweepRateLimitBuckets(db, new Date(now.getTime() + 25 * 3600_000));
    expect(await db.rateLimitBucket.count({ where: { key: { in: [a, b] } } })).toBe(0);
  });
});
