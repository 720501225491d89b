/**
 * The process log (lib/log/logger.ts) as a separate process writes it: one JSON object a line,
 * the level as its name, info on stdout, errors on stderr, LOG_LEVEL obeyed, and an error line
 * that scripts/e2e.ts's check (a `"level":"error"` line from the server) catches.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCRIPT = `
import { log } from '@/lib/log/logger';
log().debug({ step: 1 }, 'details');
log().info({ step: 2 }, 'request');
log().error({ step: 3 }, 'job failed');
`;

function run(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--eval', SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env } as unknown as NodeJS.ProcessEnv,
  });
  expect(result.status, result.stderr).toBe(0);
  const parse = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  return { stdout: parse(result.stdout), stderr: parse(result.stderr), rawErr: result.stderr };
}

describe('the process log', () => {
  test('writes info to stdout and errors to stderr, levels by name, at LOG_LEVEL info by default', () => {
    const { stdout, stderr, rawErr } = run();
    expect(stdout).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', step: 2, pid: expect.any(Number), time: expect.any(String) }),
    ]);
    expect(stderr).toEqual([expect.objectContaining({ level: 'error', msg: 'job failed', step: 3 })]);
    // What scripts/e2e.ts looks for in the server's stderr to fail a run.
    expect(rawErr.split('\n').filter((line) => line.includes('"level":"error"'))).toHaveLength(1);
  });

  test('obeys LOG_LEVEL and names the instance', () => {
    expect(run({ LOG_LEVEL: 'debug' }).stdout.map((entry) => entry.level)).toEqual(['debug', 'info']);
    const quiet = run({ LOG_LEVEL: 'error', INSTANCE_NAME: 'app-2' });
    expect(quiet.stdout).toEqual([]);
    expect(quiet.stderr).toEqual([expect.objectContaining({ level: 'error', instance: 'app-2' })]);
  });
});
