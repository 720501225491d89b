/**
 * One app worker: a full Encore instance on the shared port (scripts/serve.ts forks one per
 * core). The JSON API goes through its own dispatcher in production, pages and next-auth
 * through Next.js; the ticker runs here, and leads only if it holds the database's lock.
 *
 * Stops gracefully on the supervisor's word, on SIGTERM, or when the supervisor is gone:
 * stops taking connections, finishes what is in flight (at most 10 s), then exits.
 */
import path from 'node:path';

const DRAIN_MS = 10_000;
const root = path.resolve(import.meta.dirname, '..');

const dev = process.env.NODE_ENV !== 'production';
// tsx turns source maps on for every module loaded after it, Next.js's compiled chunks
// included: in production that costs each worker memory for stack traces nobody reads there
// (bench/README.md). Off before the app's modules load (hence the dynamic imports below).
if (!dev) process.setSourceMapsEnabled(false);

// The one schema (lib/config/env.ts), plus what serving needs: a bad value stops the worker
// here with a message naming the variable.
const { configOrExit } = await import('@/lib/config/env');
const config = configOrExit();

const { default: next } = await import('next');
const { API_ROUTES } = await import('@/app/api/v1/openapi.json/routes');
const { db, warmPool } = await import('@/lib/db/client');
const { ApiDispatcher } = await import('@/lib/server/api-dispatch');
const { createAppServer } = await import('@/lib/server/http-server');
const { startTicker, stopTicker } = await import('@/lib/server/ticker');

// Next.js's own copy of the ticker (instrumentation.ts) must not start: this process runs it.
process.env.ENCORE_TICKER = 'off';
const app = next({ dev, dir: root, port: config.PORT, hostname: 'localhost' });
await app.prepare();
const nextHandler = app.getRequestHandler();

// In development the API stays with Next.js, which reloads a route when its file changes.
const dispatcher =
  dev || process.env.ENCORE_API_DISPATCH === 'off' ? null : new ApiDispatcher(API_ROUTES, ['/api/v1/openapi.json']);
const { server, drain } = createAppServer({
  dispatcher,
  next: (req, res) => nextHandler(req, res),
  trustProxy: config.TRUST_PROXY,
  metricsToken: config.METRICS_TOKEN,
  instanceName: config.INSTANCE_NAME,
  poolSize: config.DATABASE_POOL_SIZE,
});
// Development's hot reload talks over a WebSocket: its upgrade requests go to Next.js too.
const upgrade = app.getUpgradeHandler();
server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head));
// The connections a rush needs are opened before the first request, not by it.
if (!dev) await warmPool(db());
server.listen(config.PORT);
startTicker();
process.send?.({ type: 'ready' });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  const forced = setTimeout(() => process.exit(1), DRAIN_MS + 5_000);
  forced.unref();
  await drain(DRAIN_MS);
  await stopTicker();
  await db()
    .$disconnect()
    .catch(() => {});
  process.exit(0);
}

process.on('SIGTERM', () => void stop());
// Ctrl-C reaches every process of the terminal's group: the supervisor decides, not us.
process.on('SIGINT', () => {});
process.on('message', (message: { type?: string }) => message?.type === 'shutdown' && void stop());
process.on('disconnect', () => void stop());
