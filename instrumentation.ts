// Runs once when a server instance starts: the background ticker lives as long as it does.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.ENCORE_TICKER !== 'off') {
    const { startTicker } = await import('./lib/server/ticker');
    startTicker();
  }
}
