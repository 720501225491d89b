import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// scripts/e2e.ts starts the database and the production build's prerequisites, then runs this.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: existsSync(debianChromium)
      ? {
          executablePath: debianChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node --import tsx scripts/serve.ts start`,
    url: `${baseURL}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      NEXTAUTH_URL: baseURL,
      ADMIN_EMAIL: 'admin@e2e.encore',
      ADMIN_PASSWORD: 'e2e-backstage-lantern',
      SEED_DEMO: 'true',
      QUEUE_ACTIVE_TTL_SECONDS: process.env.QUEUE_ACTIVE_TTL_SECONDS ?? '600',
      HOLD_TTL_SECONDS: process.env.HOLD_TTL_SECONDS ?? '300',
      // Every spec signs up from 127.0.0.1: per-address limits would trip across specs.
      // Per-email and per-user limits stay at their defaults and are tripped by e2e/security.spec.ts.
      RATE_LIMIT_SIGNUP_PER_IP: '100000/3600',
      RATE_LIMIT_SIGNIN_PER_IP: '100000/60',
      RATE_LIMIT_SIGNIN_PER_EMAIL: '20/60',
    },
  },
});
