/**
 * Leadership among every process on one database: the holder of a PostgreSQL session-level
 * advisory lock. The lock lives exactly as long as the holder's connection, so a leader that
 * dies (kill -9, a crash, a lost network) frees it at once, and another process takes it at
 * its next try, within `retryMs`. No clock and no lease table to get wrong.
 */
import pg from 'pg';

// Any fixed 64-bit number, the same in every process: "encore ticker".
const TICKER_LOCK_KEY = 0x656e636f7265n;

export class LeaderLease {
  private client: pg.Client | null = null;
  private leader = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly options: { retryMs?: number; onChange?: (leader: boolean) => void } = {},
  ) {}

  get isLeader() {
    return this.leader;
  }

  start() {
    void this.attempt();
  }

  /** Gives the lock up (it is freed with the connection) and stops trying. */
  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.drop();
  }

  private async attempt() {
    if (this.stopped) return;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000 });
        client.on('error', () => void this.drop());
        client.on('end', () => void this.drop());
        await client.connect();
        this.client = client;
      }
      if (this.leader) {
        // Still connected means still the holder; a query notices a connection cut quietly.
        await this.client.query('SELECT 1');
      } else {
        const { rows } = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
          String(TICKER_LOCK_KEY),
        ]);
        if (rows[0].ok) this.set(true);
      }
    } catch {
      await this.drop();
    } finally {
      if (!this.stopped) {
        this.timer = setTimeout(() => void this.attempt(), this.options.retryMs ?? 1_000);
        this.timer.unref();
      }
    }
  }

  private async drop() {
    const client = this.client;
    this.client = null;
    this.set(false);
    if (client) await client.end().catch(() => {});
  }

  private set(leader: boolean) {
    if (this.leader === leader) return;
    this.leader = leader;
    this.options.onChange?.(leader);
  }
}
