import { z } from 'zod';
import { rateLimitRulesFromEnv } from '@/lib/core/rate-limit/rate-limit-rules';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'])
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'on', 'yes'].includes(value)));

const seconds = (fallback: number) => z.coerce.number().int().min(1).max(31_536_000).default(fallback);

/** The configuration of docs/api.md, "Configuration". */
export const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(128).optional(),
  QUEUE_ACTIVE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(100),
  QUEUE_ACTIVE_TTL_SECONDS: seconds(600),
  QUEUE_IDLE_TIMEOUT_SECONDS: seconds(120),
  HOLD_TTL_SECONDS: seconds(300),
  SEED_DEMO: flag(true),
  RATE_LIMITS: flag(true),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(20),
  /** Worker processes `npm start` runs; 0 means one per core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(0),
  /** How many proxies in front of the app append to X-Forwarded-For and are trusted. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Parses the environment; the error names every bad variable and says what is wrong. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "unset", as in most shells' `FOO= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  try {
    rateLimitRulesFromEnv(source);
  } catch (error) {
    throw new ConfigError(`Invalid configuration in the environment:\n  ${(error as Error).message}`);
  }
  return result.data;
}

let cached: Env | undefined;
/** The process's configuration, parsed once. */
export function env(): Env {
  return (cached ??= parseEnv());
}
