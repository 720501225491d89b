import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'prisma/**/*.test.ts'],
    // They start the production server: `npm run test:system` (vitest.system.config.ts).
    exclude: [...configDefaults.exclude, 'tests/system/**'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Route tests fire hundreds of requests as one user; the limiter has tests of its own.
    env: { TZ: 'UTC', RATE_LIMITS: 'off' },
  },
});
