import { z } from 'zod';
import { RATE_LIMIT_NAMES, rateLimitRulesFromEnv, type RateLimitName } from '@/lib/core/rate-limit/rate-limit-rules';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'])
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'on', 'yes'].includes(value)));

const seconds = (fallback: number) => z.coerce.number().int().min(1).max(31_536_000).default(fallback);

const RateLimitValue = z
  .string()
  .regex(/^\s*[1-9]\d*\/[1-9]\d*\s*$/, 'must look like <count>/<seconds>, e.g. 10/60')
  .optional();
const rateLimitVariables = Object.fromEntries(RATE_LIMIT_NAMES.map((name) => [`RATE_LIMIT_${name}`, RateLimitValue])) as Record<
  `RATE_LIMIT_${RateLimitName}`,
  typeof RateLimitValue
>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The configuration of docs/api.md, "Configuration", and everything else the app reads
 * from the environment: the one place it is validated. Every entry point parses it before doing
 * anything (scripts/serve.ts, each worker in scripts/worker.ts, instrumentation.ts for `next
 * start` run directly, scripts/db.ts); modules read env(), never process.env.
 */
export const EnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** The public URL; behind HTTPS session cookies are Secure (next-auth reads it too). */
    NEXTAUTH_URL: z
      .string()
      .regex(/^https?:\/\/[^/\s]+/, 'must be an http:// or https:// URL')
      .optional(),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(128).optional(),
    QUEUE_ACTIVE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(100),
    QUEUE_ACTIVE_TTL_SECONDS: seconds(600),
    QUEUE_IDLE_TIMEOUT_SECONDS: seconds(120),
    HOLD_TTL_SECONDS: seconds(300),
    /** A fan can refund a ticket until this many hours before the show. */
    REFUND_CUTOFF_HOURS: z.coerce.number().int().min(0).max(8_760).default(24),
    SEED_DEMO: flag(true),
    RATE_LIMITS: flag(true),
    ...rateLimitVariables,
    /** Connections each app worker keeps to PostgreSQL, at most. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(20),
    /** Worker processes `npm start` runs; 0 means one per core. */
    WEB_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(0),
    /** How many proxies in front of the app append to X-Forwarded-For and are trusted. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /** Bearer token of GET /metrics; unset, /metrics answers 404. */
    METRICS_TOKEN: z
      .string()
      .min(16, 'must be at least 16 characters')
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
      .optional(),
    /** The least severe log lines written (pino's levels); `silent` writes none. */
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** A name for this instance, sent as the x-encore-instance header and in every log line. */
    INSTANCE_NAME: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores')
      .optional(),
  })
  .transform((config) => ({
    ...config,
    /** The rate limits in force (null: RATE_LIMITS=off), defaults overridden by RATE_LIMIT_<NAME>. */
    rateLimits: config.RATE_LIMITS
      ? rateLimitRulesFromEnv(
          Object.fromEntries(RATE_LIMIT_NAMES.map((name) => [`RATE_LIMIT_${name}`, config[`RATE_LIMIT_${name}`]])),
        )
      : null,
  }));

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

const HEADING = 'Invalid configuration in the environment:';

/** Parses the environment; the error names every bad variable and says what is wrong. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "unset", as in most shells' `FOO= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`${HEADING}\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * What a process that serves requests needs beyond the schema: in production, the session
 * secret (scripts/serve.ts generates one for a local database and passes it to its workers;
 * `next start` run directly must be given one). Without it no session could be verified.
 */
export function parseServerEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const config = parseEnv(source);
  if (source.NODE_ENV === 'production' && !config.AUTH_SECRET) {
    throw new ConfigError(`${HEADING}\n  AUTH_SECRET: must be set in production (at least 32 characters)`);
  }
  return config;
}

/**
 * For an entry point: the parsed configuration, or the message naming each bad variable on
 * stderr and exit code 1, before anything starts.
 */
export function configOrExit(parse: () => Env = parseServerEnv): Env {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const globalForEnv = globalThis as unknown as { encoreEnv?: Env };
/**
 * The process's configuration, parsed once (on globalThis: Next.js bundles this module more
 * than once, and each copy would parse again).
 */
export function env(): Env {
  return (globalForEnv.encoreEnv ??= parseEnv());
}

/** The session secret. Never a fallback: a missing secret is an error, not an empty key. */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: start the app with `npm start` or `npm run dev`, or set it');
  return secret;
}
