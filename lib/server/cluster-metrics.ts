/**
 * GET /metrics for a whole instance. `npm start` runs node:cluster workers, each with its own
 * prom-client registry, and a scrape reaches one of them: that worker asks the supervisor
 * (the cluster primary), which gathers every ready worker's metrics and sums them with
 * prom-client's AggregatorRegistry (or as each metric's `aggregator` says), and answers it.
 * So one scrape is the instance, whichever worker took it. Outside a cluster (a test's
 * in-process server) the answer is the process's own registry.
 */
import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import client from 'prom-client';
import { metrics } from './metrics';

const ASK = 'encore:metrics-ask'; // worker -> primary: a scrape arrived
const ANSWER = 'encore:metrics-answer'; // primary -> that worker: the instance's text
const COLLECT = 'encore:metrics-collect'; // primary -> every ready worker
const COLLECTED = 'encore:metrics-collected'; // each worker -> primary: its metrics as JSON

/** A scrape that would wait longer fails (503): a partial sum would look like counter resets. */
const COLLECT_TIMEOUT_MS = 5_000;

interface Message {
  type?: string;
  id?: string;
  text?: string;
  error?: string;
  metrics?: client.MetricObjectWithValues<client.MetricValue<string>>[];
}

export const METRICS_CONTENT_TYPE = client.register.contentType;

// ---- in a worker --------------------------------------------------------------------------

const pending = new Map<string, { resolve: (text: string) => void; reject: (error: Error) => void }>();
let workerListening = false;

/** In a cluster worker: answers the primary's collections, and takes its answers to our asks. */
function listenAsWorker() {
  if (workerListening) return;
  workerListening = true;
  process.on('message', (message: Message) => {
    if (message?.type === COLLECT) {
      metrics()
        .registry.getMetricsAsJSON()
        .then(
          (json) => process.send?.({ type: COLLECTED, id: message.id, metrics: json }),
          (error: Error) => process.send?.({ type: COLLECTED, id: message.id, error: error.message }),
        );
    } else if (message?.type === ANSWER && message.id) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.text ?? '');
    }
  });
}

/** Call once when a worker starts serving, so the primary can collect from it. */
export function enableClusterMetrics() {
  if (cluster.isWorker) listenAsWorker();
}

/** The Prometheus text for the instance: every worker summed, or this process alone. */
export async function instanceMetricsText(): Promise<string> {
  if (!cluster.isWorker || !process.send) return metrics().registry.metrics();
  listenAsWorker();
  const id = randomUUID();
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('the supervisor did not answer with the metrics in time'));
    }, COLLECT_TIMEOUT_MS + 1_000);
    pending.set(id, {
      resolve: (text) => (clearTimeout(timer), resolve(text)),
      reject: (error) => (clearTimeout(timer), reject(error)),
    });
    process.send!({ type: ASK, id });
  });
}

// ---- in the primary -----------------------------------------------------------------------

/**
 * In the cluster primary (scripts/serve.ts): answers workers' asks with the sum over every
 * worker that reported ready (one still starting has no metrics yet and could not answer).
 */
export function serveClusterMetrics() {
  const ready = new Set<number>();
  const collections = new Map<string, { results: Message['metrics'][]; waiting: Set<number>; done: (error?: string) => void }>();

  cluster.on('exit', (worker) => {
    ready.delete(worker.id);
    // A worker that died mid-collection will not answer: what the others said is the sum.
    for (const collection of collections.values()) {
      if (collection.waiting.delete(worker.id) && collection.waiting.size === 0) collection.done();
    }
  });

  cluster.on('message', (worker: Worker, message: Message) => {
    if (message?.type === 'ready') ready.add(worker.id);
    else if (message?.type === ASK && message.id) void collect(worker, message.id);
    else if (message?.type === COLLECTED && message.id) {
      const collection = collections.get(message.id);
      if (!collection || !collection.waiting.delete(worker.id)) return;
      if (message.error !== undefined) return collection.done(message.error);
      collection.results.push(message.metrics);
      if (collection.waiting.size === 0) collection.done();
    }
  });

  async function collect(asker: Worker, askId: string) {
    const id = randomUUID();
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && ready.has(w.id) && w.isConnected());
    const reply = (answer: { text?: string; error?: string }) => {
      if (asker.isConnected()) asker.send({ type: ANSWER, id: askId, ...answer }, () => {});
    };
    try {
      const results = await new Promise<Message['metrics'][]>((resolve, reject) => {
        const results: Message['metrics'][] = [];
        const timer = setTimeout(() => done('a worker did not send its metrics in time'), COLLECT_TIMEOUT_MS);
        function done(error?: string) {
          clearTimeout(timer);
          collections.delete(id);
          if (error) reject(new Error(error));
          else resolve(results);
        }
        collections.set(id, { results, waiting: new Set(workers.map((w) => w.id)), done });
        if (workers.length === 0) return done();
        for (const worker of workers) worker.send({ type: COLLECT, id }, () => {});
      });
      const text = await client.AggregatorRegistry.aggregate(results.filter((r) => r !== undefined)).metrics();
      reply({ text });
    } catch (error) {
      reply({ error: (error as Error).message });
    }
  }
}
