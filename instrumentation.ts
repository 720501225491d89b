// Runs once when a server instance starts. `next start` run directly (not `npm start`) checks
// the environment here against the one schema (lib/config/env.ts), and a bad value stops it
// with a message naming the variable; then the background ticker lives as long as it does.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { configOrExit } = await import('./lib/config/env');
  configOrExit();
  if (process.env.ENCORE_TICKER !== 'off') {
    const { startTicker } = await import('./lib/server/ticker');
    startTicker();
  }
}
