/**
 * The system tests run the production build in .next: they hold the machine's build lock
 * (bench/lib/build-lock.ts, the one `next build`, Playwright and the benchmark take) for the
 * whole run, so no build rewrites .next under their servers.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { holdBuildLock } from '@/bench/lib/build-lock';

export default async function setup() {
  const release = await holdBuildLock((line) => console.log(`[system] ${line}`));
  if (!existsSync(path.resolve(import.meta.dirname, '..', '..', '..', '.next', 'BUILD_ID'))) {
    await release();
    throw new Error('No production build in .next: run `npm run build` first (npm test does)');
  }
  return release;
}
