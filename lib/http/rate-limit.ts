import type { ApiRequest } from './api-request';
import { DomainError } from '@/lib/core/errors';
import { PostgresRateLimiter, type RateLimiter } from '@/lib/core/rate-limit/rate-limiter';
import type { RateLimitName } from '@/lib/core/rate-limit/rate-limit-rules';
import { env } from '@/lib/config/env';
import { db } from '@/lib/db/client';
import { CLIENT_IP_HEADER } from './client-ip';

let limiter: RateLimiter | undefined;

/** Counts one request against each named limit; throws RATE_LIMITED once any is exceeded. */
export async function enforceRateLimits(checks: { name: RateLimitName; key: string }[], now: Date): Promise<void> {
  const rules = env().rateLimits;
  if (!rules || checks.length === 0) return;
  limiter ??= new PostgresRateLimiter(db());
  for (const { name, key } of checks) {
    const decision = await limiter.hit(`${name}:${key}`, rules[name], now);
    if (!decision.allowed) {
      throw new DomainError('RATE_LIMITED', `Too many requests: try again in ${decision.retryAfterSeconds} s`, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
  }
}

/** The client's address, as the server established it (lib/http/client-ip.ts). */
export function clientIp(req: ApiRequest): string {
  return req.headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}
