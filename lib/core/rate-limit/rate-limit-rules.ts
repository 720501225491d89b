import type { RateLimit } from './rate-limiter';

export const RATE_LIMIT_NAMES = [
  'SIGNIN_PER_IP',
  'SIGNIN_PER_EMAIL',
  'SIGNUP_PER_IP',
  'SIGNUP_PER_EMAIL',
  'QUEUE_JOIN_PER_USER',
  'CHARGE_PER_USER',
  'PAYMENT_PER_USER',
] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];

// Generous for people (a flash crowd shares carrier NAT addresses), tight for scripts.
export const DEFAULT_RATE_LIMITS: Record<RateLimitName, RateLimit> = {
  SIGNIN_PER_IP: { limit: 60, windowSeconds: 60 },
  SIGNIN_PER_EMAIL: { limit: 10, windowSeconds: 300 },
  SIGNUP_PER_IP: { limit: 20, windowSeconds: 3600 },
  SIGNUP_PER_EMAIL: { limit: 5, windowSeconds: 3600 },
  QUEUE_JOIN_PER_USER: { limit: 30, windowSeconds: 60 },
  CHARGE_PER_USER: { limit: 30, windowSeconds: 60 },
  PAYMENT_PER_USER: { limit: 20, windowSeconds: 60 },
};

/**
 * The rules in force: RATE_LIMITS=off turns all off (load tests); RATE_LIMIT_<NAME>=<count>/<seconds>
 * overrides one, e.g. RATE_LIMIT_SIGNIN_PER_EMAIL=5/900. The app reads the result from its
 * configuration (lib/config/env.ts, `env().rateLimits`), never from process.env directly.
 */
export function rateLimitRulesFromEnv(
  source: Readonly<Record<string, string | undefined>>,
): Record<RateLimitName, RateLimit> | null {
  if (['off', 'false', '0', 'no'].includes((source.RATE_LIMITS ?? '').toLowerCase())) return null;
  const rules = { ...DEFAULT_RATE_LIMITS };
  for (const name of RATE_LIMIT_NAMES) {
    const value = source[`RATE_LIMIT_${name}`];
    if (!value) continue;
    const match = /^(\d+)\/(\d+)$/.exec(value.trim());
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
      throw new Error(`RATE_LIMIT_${name} must look like <count>/<seconds>, e.g. 10/60 (got "${value}")`);
    }
    rules[name] = { limit: Number(match[1]), windowSeconds: Number(match[2]) };
  }
  return rules;
}
