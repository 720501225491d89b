/**
 * The load generator: node:http over loopback with a keep-alive agent that opens at most
 * `connections` sockets, so the number of concurrent connections is fixed. Two shapes:
 * closed loop (each connection sends its next request when the last one answers: the
 * throughput ceiling) and fixed rate (requests sent on a schedule whatever the answers, with
 * latency counted from the scheduled time, so a slow server cannot hide its queue).
 */
import http from 'node:http';
import { Recorder } from './stats';

export interface BenchRequest {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BenchResponse {
  status: number;
  // The API's JSON answers; the scenarios know their shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

const REQUEST_TIMEOUT_MS = 30_000;

export class LoadClient {
  private readonly agent: http.Agent;
  private readonly url: URL;

  constructor(
    baseUrl: string,
    readonly connections: number,
  ) {
    this.url = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /**
   * Sends one request and records it: its latency (from `startedAt`, default now), its status,
   * and an error unless `expected` holds. Resolves null on a network failure or timeout.
   */
  send(
    request: BenchRequest,
    recorder: Recorder,
    options: { expected: (status: number) => boolean; json?: boolean; startedAt?: number },
  ): Promise<BenchResponse | null> {
    const startedAt = options.startedAt ?? performance.now();
    const payload = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method: request.method,
          path: request.path,
          agent: this.agent,
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            ...request.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            recorder.record(
              performance.now() - startedAt,
              status,
              options.expected(status) ? null : `${request.method} ${request.path}`,
            );
            let body: unknown = null;
            if (options.json || !options.expected(status)) {
              try {
                body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              } catch {
                body = null;
              }
            }
            if (!options.expected(status))
              recorder.sample(`${status} ${request.method} ${request.path}: ${JSON.stringify(body)}`);
            resolve({ status, body });
          });
          res.on('error', (error) => fail(error));
        },
      );
      const fail = (error: Error) => {
        recorder.record(performance.now() - startedAt, 0, `${request.method} ${request.path}`);
        recorder.sample(`network error on ${request.method} ${request.path}: ${error.message}`);
        resolve(null);
      };
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', fail);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

/**
 * Closed loop: `workers` loops take jobs until there are none left or the deadline passes.
 * Returns the seconds it took.
 */
export async function closedLoop<T>(options: {
  workers: number;
  jobs: Iterator<T>;
  deadlineMs: number;
  run: (job: T) => Promise<void>;
}): Promise<number> {
  const started = performance.now();
  const deadline = Date.now() + options.deadlineMs;
  const worker = async () => {
    for (;;) {
      if (Date.now() >= deadline) return;
      const next = options.jobs.next();
      if (next.done) return;
      await options.run(next.value);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return (performance.now() - started) / 1000;
}

/**
 * Fixed rate: job i is due at start + i / rate; each is sent when due (the agent queues it if
 * every connection is busy) and `run` gets its due time to count latency from. At most
 * `maxBacklog` may be outstanding; past that, due jobs are skipped and counted. Returns the
 * seconds from the first due time to the last answer, and how many were skipped.
 */
export async function fixedRate<T>(options: {
  rate: number;
  durationMs: number;
  maxBacklog: number;
  job: (index: number) => T;
  run: (job: T, dueAt: number) => Promise<void>;
}): Promise<{ seconds: number; skipped: number }> {
  const total = Math.floor((options.rate * options.durationMs) / 1000);
  const started = performance.now();
  let sent = 0;
  let skipped = 0;
  const inFlight = new Set<Promise<void>>();
  while (sent + skipped < total) {
    const now = performance.now();
    const due = Math.min(total, Math.floor(((now - started) * options.rate) / 1000) + 1);
    for (let i = sent + skipped; i < due; i++) {
      if (inFlight.size >= options.maxBacklog) {
        skipped++;
        continue;
      }
      const dueAt = started + (i * 1000) / options.rate;
      const run = options.run(options.job(i), dueAt).finally(() => inFlight.delete(run));
      inFlight.add(run);
      sent++;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await Promise.all(inFlight);
  return { seconds: (performance.now() - started) / 1000, skipped };
}
