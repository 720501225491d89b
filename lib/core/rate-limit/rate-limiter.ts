import type { Tx } from '@/lib/db/client';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts requests per key in windows that open at a key's first request and last `windowSeconds`
 * (not aligned to the clock, so a burst cannot straddle a boundary to get twice the limit).
 * Behind an interface so a shared store such as Redis can carry it; PostgreSQL does today, so
 * the limits hold across app instances.
 */
export interface RateLimiter {
  hit(key: string, rule: RateLimit, now: Date): Promise<RateDecision>;
}

export class PostgresRateLimiter implements RateLimiter {
  constructor(private readonly db: Tx) {}

  async hit(key: string, rule: RateLimit, now: Date): Promise<RateDecision> {
    const windowMs = rule.windowSeconds * 1000;
    const openSince = new Date(now.getTime() - windowMs);
    // One statement: concurrent hits on a key each get their own count, on any instance.
    const [{ count, windowStart }] = await this.db.$queryRaw<{ count: number; windowStart: Date }[]>`
      INSERT INTO "RateLimitBucket" AS bucket (key, "windowStart", count) VALUES (${key}, ${now}, 1)
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN bucket."windowStart" > ${openSince} THEN bucket.count + 1 ELSE 1 END,
        "windowStart" = CASE WHEN bucket."windowStart" > ${openSince} THEN bucket."windowStart" ELSE EXCLUDED."windowStart" END
      RETURNING count, "windowStart"`;
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
    return { allowed: count <= rule.limit, retryAfterSeconds };
  }
}

/** Drops counters of windows long past. Tidiness: a past window counts from one again. */
export async function sweepRateLimitBuckets(db: Tx, now: Date): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return count;
}
