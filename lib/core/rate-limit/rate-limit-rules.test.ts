import { describe, expect, test } from 'vitest';
import { DEFAULT_RATE_LIMITS, rateLimitRulesFromEnv } from './rate-limit-rules';

const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

describe('rate limit rules from the environment', () => {
  test('are on by default, off with RATE_LIMITS=off', () => {
    expect(rateLimitRulesFromEnv(env({}))).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitRulesFromEnv(env({ RATE_LIMITS: 'off' }))).toBeNull();
  });

  test('take overrides as count/seconds and refuse anything else by name', () => {
    expect(rateLimitRulesFromEnv(env({ RATE_LIMIT_CHARGE_PER_USER: '5/10' }))?.CHARGE_PER_USER).toEqual({
      limit: 5,
      windowSeconds: 10,
    });
    expect(() => rateLimitRulesFromEnv(env({ RATE_LIMIT_CHARGE_PER_USER: 'lots' }))).toThrow(/RATE_LIMIT_CHARGE_PER_USER/);
  });
});
