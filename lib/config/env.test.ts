import { describe, expect, test } from 'vitest';
import { parseEnv } from './env';

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
});
