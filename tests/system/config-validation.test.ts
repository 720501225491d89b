/**
 * Every entry point checks the environment against the one schema (lib/config/env.ts) before
 * it serves, and a bad value stops it with a message naming the variable: `npm start`'s
 * supervisor, a worker, and `next start` run directly (through instrumentation.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { freePort } from '@/lib/db/start-embedded-postgres';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
const SECRET = 'a-session-secret-of-32-characters-at-least';
// Nothing listens there: a start that got past its checks would fail differently, later.
const NO_DATABASE = 'postgresql://postgres:encore@127.0.0.1:1/encore';

/** Runs a command to its end (at most 60 s); its exit code and everything it printed. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, NEXT_TELEMETRY_DISABLED: '1', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe('a bad environment stops start-up, naming the variable', () => {
  test('npm start (the supervisor)', async () => {
    const { code, output } = await run([TSX, 'scripts/serve.ts', 'start'], {
      PORT: 'eighty',
      DATABASE_URL: NO_DATABASE,
      AUTH_SECRET: SECRET,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/Invalid configuration in the environment:\n\s+PORT: /);
    expect(output).not.toContain('serving on');
  });

  test('a worker, and a worker in production without AUTH_SECRET', async () => {
    const bad = await run([TSX, 'scripts/worker.ts'], {
      NODE_ENV: 'production',
      DATABASE_URL: NO_DATABASE,
      AUTH_SECRET: SECRET,
      LOG_LEVEL: 'chatty',
    });
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/\n\s+LOG_LEVEL: /);
    const secretless = await run([TSX, 'scripts/worker.ts'], { NODE_ENV: 'production', DATABASE_URL: NO_DATABASE });
    expect(secretless.code).toBe(1);
    expect(secretless.output).toMatch(/AUTH_SECRET: must be set in production/);
  });

  test('next start run directly', async () => {
    const port = String(await freePort());
    const bad = await run([NEXT, 'start', '-p', port], {
      DATABASE_URL: NO_DATABASE,
      AUTH_SECRET: SECRET,
      METRICS_TOKEN: 'short',
    });
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/\n\s+METRICS_TOKEN: must be at least 16 characters/);
    const secretless = await run([NEXT, 'start', '-p', port], { DATABASE_URL: NO_DATABASE });
    expect(secretless.code).toBe(1);
    expect(secretless.output).toMatch(/AUTH_SECRET: must be set in production/);
  });
});
