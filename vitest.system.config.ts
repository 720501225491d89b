import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * System tests: each file starts the production server as `npm start` does (needs a build in
 * .next) and kills, signals and stops its processes. One file at a time: every file runs a
 * database and two app workers, which is what a 2-core machine holds without skewing timings.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/system/**/*.test.ts'],
    globalSetup: ['tests/system/support/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
