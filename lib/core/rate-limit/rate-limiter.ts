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
 * Counts requests per key in fixed windows. Behind an interface so a shared store such as
 * Redis can carry it; PostgreSQL does today, so the limits hold across app instances.
 */
export interface RateLimiter {
  hit(key: string, rule: RateLimit, now: Date): Promise<RateDecision>;
}

export class PostgresRateLimiter implements RateLimiter {
  constructor(private readonly db: Tx) {}

  async hit(key: string, rule: RateLimit, now: Date): Promise<RateDecision> {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    // One statement: concurrent hits on a key each get their own count, on any instance.
    const [{ count }] = await this.db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimitBucket"."windowStart" = EXCLUDED."windowStart"
                     THEN "RateLimitBucket".count + 1 ELSE 1 END,
        "windowStart" = EXCLUDED."windowStart"
      RETURNING count`;
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
