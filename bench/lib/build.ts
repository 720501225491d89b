/** `next build` when the production build is missing or older than the sources it is made of. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'public'];
const SOURCE_FILES = [
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'postcss.config.mjs',
  'prisma/schema.prisma',
];

export function buildIsStale(root: string): string | null {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return 'there is no production build';
  const builtAt = statSync(buildId).mtimeMs;
  const newer = sources(root).find((file) => statSync(file).mtimeMs > builtAt);
  return newer ? `${path.relative(root, newer)} changed since the last build` : null;
}

/** Builds if needed; the caller holds the build lock. */
export function buildIfStale(root: string, log: (line: string) => void) {
  const reason = buildIsStale(root);
  if (!reason) {
    log('the production build is up to date');
    return;
  }
  log(`building (${reason})...`);
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`next build failed (exit code ${build.status})`);
}

function sources(root: string): string[] {
  const files = SOURCE_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return files;
}
