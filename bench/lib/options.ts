/**
 * The benchmark's sizes and knobs: `--name value` (or `--name=value`) on the command line, else
 * BENCH_NAME in the environment, else the default. The defaults fit in a few minutes on a
 * 2-core machine that also runs PostgreSQL and the load generator.
 */
export const SCENARIOS = ['s1', 's2', 's3', 's4', 's5', 's6'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

const NUMERIC = {
  users: { fallback: 10_000, help: 'S1: users who join one concert at once' },
  waiting: { fallback: 10_000, help: 'S2: WAITING tokens polled (the small line)' },
  'waiting-large': { fallback: 100_000, help: 'S2: the long line; the polled tokens are spread through it' },
  connections: { fallback: 200, help: 'concurrent keep-alive connections of the load generator' },
  'poll-rate': { fallback: 2_000, help: 'S2: offered polls per second in the fixed-rate phases' },
  duration: { fallback: 8, help: 'seconds per timed phase (S2 phases, S4, S6 poll)' },
  contenders: { fallback: 1_000, help: 'S3: ACTIVE users racing for the seats' },
  seats: { fallback: 50, help: 'S3: seats of the contended date' },
  'contention-connections': { fallback: 50, help: 'S3: connections the contenders share' },
  purchases: { fallback: 3_000, help: 'S4: most purchases to attempt (also bounded by --duration)' },
  'purchase-connections': { fallback: 50, help: 'S4: buyers shopping at once' },
  charges: { fallback: 4_000, help: 'S5: charges per phase (across users; then to one wallet)' },
  pool: { fallback: 0, help: "DATABASE_POOL_SIZE of the server (0: the app's default)" },
  workers: { fallback: 0, help: 'WEB_CONCURRENCY of the server and the ceiling (0: one per core)' },
  'active-limit': { fallback: 100, help: 'activeLimit of the S1 and S4 concerts' },
} as const;

export type NumericOption = keyof typeof NUMERIC;

export interface BenchOptions extends Record<NumericOption, number> {
  only: ScenarioId[];
  databaseUrl: string | null;
}

export function usage(): string {
  const lines = Object.entries(NUMERIC).map(
    ([name, { fallback, help }]) => `  --${name.padEnd(24)} ${help} (default ${fallback})`,
  );
  return [
    'npm run bench -- [options]   (each option also reads BENCH_<NAME>, e.g. BENCH_WAITING_LARGE)',
    `  --${'only'.padEnd(24)} comma-separated scenarios to run, e.g. s2,s6 (default all: ${SCENARIOS.join(',')})`,
    ...lines,
    `  ${'BENCH_DATABASE_URL'.padEnd(26)} a database to use instead of a fresh embedded one (migrated; the rows stay)`,
    `  ${'BENCH_PROFILE=<dir>'.padEnd(26)} write V8 CPU profiles of the server to <dir>`,
  ].join('\n');
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`unexpected argument "${argv[i]}"\n${usage()}`);
    const [, name, inline] = match;
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    given.set(name, value);
  }
  const read = (name: string) => given.get(name) ?? env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];

  for (const name of given.keys()) {
    if (name !== 'only' && !(name in NUMERIC)) throw new Error(`unknown option --${name}\n${usage()}`);
  }
  const numbers = Object.fromEntries(
    Object.entries(NUMERIC).map(([name, { fallback }]) => {
      const raw = read(name);
      const value = raw === undefined || raw === '' ? fallback : Number(raw);
      if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${raw}"`);
      return [name, value];
    }),
  ) as Record<NumericOption, number>;

  const onlyRaw = read('only');
  const only = onlyRaw ? onlyRaw.split(',').map((s) => s.trim().toLowerCase()) : [...SCENARIOS];
  for (const id of only) {
    if (!(SCENARIOS as readonly string[]).includes(id)) throw new Error(`--only: unknown scenario "${id}"`);
  }
  if (numbers['waiting-large'] < numbers.waiting) throw new Error('--waiting-large must be at least --waiting');
  if (numbers.contenders < numbers.seats) throw new Error('--contenders must be at least --seats');
  for (const name of ['connections', 'contention-connections', 'purchase-connections', 'duration'] as const) {
    if (numbers[name] < 1) throw new Error(`--${name} must be at least 1`);
  }
  return { ...numbers, only: only as ScenarioId[], databaseUrl: env.BENCH_DATABASE_URL || null };
}
