/**
 * `npm run test:e2e`: a fresh embedded PostgreSQL, a production build, then Playwright against
 * `npm start`'s code path. Fixtures reach the same database through DATABASE_URL to make their
 * own users and concerts. Extra arguments go to `playwright test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from '@/lib/db/migrate';
import { startEmbeddedPostgres } from '@/lib/db/start-embedded-postgres';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'encore-e2e-'));
chmodSync(dataDir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir, log: (line) => console.log(`[e2e] ${line}`) });
let status = 1;
try {
  await migrate(pg.url);
  const run = spawn(
    process.execPath,
    [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)],
    { cwd: root, env: { ...env, DATABASE_URL: pg.url }, stdio: ['inherit', 'pipe', 'pipe'] },
  );
  // Playwright prints the server's stderr as "[WebServer] ..." lines: an error the server
  // logged (a 500, a failing background job) fails the run even when every spec passed.
  let output = '';
  run.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk.toString();
  });
  run.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    output += chunk.toString();
  });
  status = await new Promise<number>((resolve) => run.on('close', (code) => resolve(code ?? 1)));
  const serverErrors = output.split('\n').filter((line) => line.includes('[WebServer]') && line.includes('"level":"error"'));
  if (serverErrors.length > 0) {
    console.error(`\n[e2e] the server logged ${serverErrors.length} error(s), e.g.:\n${serverErrors.slice(0, 3).join('\n')}`);
    status ||= 1;
  }
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
