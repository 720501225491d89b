/**
 * The process's Prometheus metrics (prom-client, its default registry). Counted at the edges
 * (the HTTP server, the API dispatcher, the process queue store, the ticker), never inside
 * lib/core. GET /metrics (http-server.ts) answers them summed over every worker of the
 * instance (cluster-metrics.ts); each aggregator below says how one metric is combined.
 *
 * On globalThis: Next.js bundles lib/server more than once (instrumentation, routes), and a
 * metric registered twice under one name is an error.
 */
import type pg from 'pg';
import client from 'prom-client';
import type { QueueFigures } from '@/lib/core/queue/queue-store';

/** Seconds; a cached poll answers in about a millisecond, a payment in tens. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Where scrape-time gauges read from; set by whoever serves (lib/server/http-server.ts). */
export interface ScrapeSources {
  figures: () => Promise<QueueFigures[]>;
  pool: () => pg.Pool;
  poolMax: number;
}

const FIGURES_MAX_AGE_MS = 2_000;

function create() {
  client.collectDefaultMetrics();
  let sources: ScrapeSources | null = null;
  let figures: { at: number; value: Promise<QueueFigures[]> } | null = null;
  // One database read serves every gauge of a scrape, and scrapes within 2 s of it.
  const liveLines = async (): Promise<QueueFigures[]> => {
    if (!sources) return [];
    if (!figures || Date.now() - figures.at > FIGURES_MAX_AGE_MS) {
      const value = sources
        .figures()
        .then((rows) => rows.filter((row) => row.waiting > 0 || row.active > 0 || row.admittedLastMinute > 0));
      figures = { at: Date.now(), value };
      value.catch(() => (figures = null));
    }
    return figures.value;
  };
  const perConcert = (field: 'waiting' | 'active' | 'activeLimit') =>
    async function collect(this: client.Gauge<'concert_id'>) {
      const rows = await liveLines();
      this.reset();
      for (const row of rows) this.set({ concert_id: row.concertId }, row[field]);
    };
  return {
    setSources(value: ScrapeSources) {
      sources = value;
    },
    registry: client.register,
    httpRequests: new client.Counter({
      name: 'encore_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
    }),
    httpDuration: new client.Histogram({
      name: 'encore_http_request_duration_seconds',
      help: 'Time from a request to the end of its answer, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: LATENCY_BUCKETS,
    }),
    refusals: new client.Counter({
      name: 'encore_api_refusals_total',
      help: 'API answers that were problem+json, by method, route pattern and error code',
      labelNames: ['method', 'route', 'code'] as const,
    }),
    operations: new client.Counter({
      name: 'encore_operations_total',
      help: 'Queue joins, seat holds, payments, charges and cancellations, by outcome: ok or the error code',
      labelNames: ['operation', 'outcome'] as const,
    }),
    admissions: new client.Counter({
      name: 'encore_queue_admissions_total',
      help: 'Queue tokens admitted (WAITING to ACTIVE), by the ticker or at a join, per concert',
      labelNames: ['concert_id'] as const,
    }),
    tickerRuns: new client.Counter({
      name: 'encore_ticker_runs_total',
      help: 'Background ticker jobs run by this process (only the leader runs them), by job',
      labelNames: ['job'] as const,
    }),
    tickerLeader: new client.Gauge({
      name: 'encore_ticker_leader',
      help: 'Processes of this instance that hold the ticker leadership (at most one per database)',
    }),
    queueWaiting: new client.Gauge({
      name: 'encore_queue_waiting_tokens',
      help: 'WAITING queue tokens still polled, per concert with a live line (read from the database on scrape)',
      labelNames: ['concert_id'] as const,
      // Every worker reads the same database: one value, not their sum.
      aggregator: 'max',
      collect: perConcert('waiting'),
    }),
    queueActive: new client.Gauge({
      name: 'encore_queue_active_tokens',
      help: 'ACTIVE (admitted, unexpired) queue tokens, per concert with a live line',
      labelNames: ['concert_id'] as const,
      aggregator: 'max',
      collect: perConcert('active'),
    }),
    queueActiveLimit: new client.Gauge({
      name: 'encore_queue_active_limit',
      help: 'How many tokens may be ACTIVE at once, per concert with a live line',
      labelNames: ['concert_id'] as const,
      aggregator: 'max',
      collect: perConcert('activeLimit'),
    }),
    poolConnections: new client.Gauge({
      name: 'encore_db_pool_connections',
      help: 'Database pool connections: total open, idle, and queries waiting for one',
      labelNames: ['state'] as const,
      collect() {
        if (!sources) return;
        const pool = sources.pool();
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    }),
    poolMax: new client.Gauge({
      name: 'encore_db_pool_max_connections',
      help: 'The most connections the pools may open (DATABASE_POOL_SIZE per worker)',
      collect() {
        if (sources) this.set(sources.poolMax);
      },
    }),
  };
}

export type Metrics = ReturnType<typeof create>;

const globalForMetrics = globalThis as unknown as { encoreMetrics?: Metrics };

export function metrics(): Metrics {
  return (globalForMetrics.encoreMetrics ??= create());
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** What the API's busiest writes are called on the operations counter. */
const OPERATIONS: Record<string, string> = {
  'POST /api/v1/queue/tokens': 'queue_join',
  'POST /api/v1/reservations': 'hold',
  'DELETE /api/v1/reservations/{reservationId}': 'cancel',
  'POST /api/v1/payments': 'payment',
  'POST /api/v1/wallet/charges': 'charge',
};

/** One answered request: its counts, its latency, and for the API its refusal code. */
export function recordRequest(entry: { method: string; route: string; status: number; seconds: number; code?: string }) {
  const m = metrics();
  // A label takes few values: a method nobody serves is one of them.
  const method = KNOWN_METHODS.has(entry.method) ? entry.method : 'OTHER';
  const labels = { method, route: entry.route, status: String(entry.status) };
  m.httpRequests.inc(labels);
  m.httpDuration.observe(labels, entry.seconds);
  if (entry.code) m.refusals.inc({ method, route: entry.route, code: entry.code });
  const operation = OPERATIONS[`${method} ${entry.route}`];
  if (operation) m.operations.inc({ operation, outcome: entry.status < 400 ? 'ok' : (entry.code ?? String(entry.status)) });
}
