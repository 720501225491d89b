import { describe, expect, test } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '@/lib/core/rate-limit/rate-limit-rules';
import { parseEnv, parseServerEnv } from './env';

const source = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

describe('configuration from the environment', () => {
  test('has the defaults of docs/api.md', () => {
    expect(parseEnv({} as NodeJS.ProcessEnv)).toMatchObject({
      DATA_DIR: '.data',
      PORT: 3000,
      QUEUE_ACTIVE_LIMIT: 100,
      QUEUE_ACTIVE_TTL_SECONDS: 600,
      QUEUE_IDLE_TIMEOUT_SECONDS: 120,
      HOLD_TTL_SECONDS: 300,
      SEED_DEMO: true,
      RATE_LIMITS: true,
    });
  });

  test('reads flags and numbers', () => {
    const env = parseEnv({ SEED_DEMO: 'false', RATE_LIMITS: 'off', PORT: '8080' } as unknown as NodeJS.ProcessEnv);
    expect(env).toMatchObject({ SEED_DEMO: false, RATE_LIMITS: false, PORT: 8080 });
  });

  test('names every bad variable', () => {
    expect(() =>
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', HOLD_TTL_SECONDS: '-5' } as unknown as NodeJS.ProcessEnv),
    ).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
    expect(() => parseEnv({ HOLD_TTL_SECONDS: '-5' } as unknown as NodeJS.ProcessEnv)).toThrow(/HOLD_TTL_SECONDS/);
  });

  test('holds the operational settings, with their defaults', () => {
    expect(parseEnv(source({}))).toMatchObject({
      DATABASE_POOL_SIZE: 20,
      WEB_CONCURRENCY: 0,
      TRUST_PROXY: 0,
      LOG_LEVEL: 'info',
      REFUND_CUTOFF_HOURS: 24,
      rateLimits: DEFAULT_RATE_LIMITS,
    });
    expect(parseEnv(source({})).METRICS_TOKEN).toBeUndefined();
    const config = parseEnv(
      source({
        DATABASE_POOL_SIZE: '8',
        WEB_CONCURRENCY: '3',
        TRUST_PROXY: '1',
        LOG_LEVEL: 'warn',
        REFUND_CUTOFF_HOURS: '48',
        METRICS_TOKEN: 'a-long-enough-token',
        INSTANCE_NAME: 'app-1.eu',
        RATE_LIMIT_QUEUE_JOIN_PER_USER: '5/60',
      }),
    );
    expect(config).toMatchObject({
      DATABASE_POOL_SIZE: 8,
      WEB_CONCURRENCY: 3,
      TRUST_PROXY: 1,
      LOG_LEVEL: 'warn',
      REFUND_CUTOFF_HOURS: 48,
    });
    expect(config.rateLimits?.QUEUE_JOIN_PER_USER).toEqual({ limit: 5, windowSeconds: 60 });
    expect(parseEnv(source({ RATE_LIMITS: 'off', RATE_LIMIT_QUEUE_JOIN_PER_USER: '5/60' })).rateLimits).toBeNull();
  });

  test.each([
    ['METRICS_TOKEN', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['TRUST_PROXY', '-1'],
    ['WEB_CONCURRENCY', 'many'],
    ['DATABASE_POOL_SIZE', '1'],
    ['REFUND_CUTOFF_HOURS', '1.5'],
    ['INSTANCE_NAME', 'two words'],
    ['NEXTAUTH_URL', 'encore.example'],
    ['RATE_LIMIT_QUEUE_JOIN_PER_USER', 'lots'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => parseEnv(source({ [name]: value }))).toThrow(new RegExp(`\\b${name}: `));
  });

  test('a server in production needs AUTH_SECRET; it never falls back to none', () => {
    expect(() => parseServerEnv(source({ NODE_ENV: 'production' }))).toThrow(/AUTH_SECRET: must be set in production/);
    expect(parseServerEnv(source({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) })).AUTH_SECRET).toBe('x'.repeat(32));
    expect(() => parseServerEnv(source({ NODE_ENV: 'development' }))).not.toThrow();
  });
});
