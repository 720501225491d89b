/**
 * Keeps `workers` app workers running (node:cluster: they share one port). A worker that dies,
 * by a crash, kill -9 or the OOM killer, is replaced at once; the others keep answering. A
 * worker that keeps dying (CRASH_LIMIT deaths within CRASH_WINDOW_MS) means something is
 * wrong that a restart will not fix: the supervisor gives up and the app exits non-zero.
 */
import cluster, { type Worker } from 'node:cluster';

const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;
const STOP_GRACE_MS = 15_000;

export class WorkerSupervisor {
  private stopping = false;
  private deaths: number[] = [];
  private readonly ready = new WeakSet<Worker>();

  constructor(
    private readonly options: {
      workers: number;
      env: Record<string, string>;
      log: (line: string) => void;
      onGiveUp: () => void;
    },
  ) {}

  start() {
    cluster.on('exit', (worker, code, signal) => this.onExit(worker, code, signal));
    for (let i = 0; i < this.options.workers; i++) this.fork();
  }

  /** Asks every worker to finish what it is doing and stop; kills those that do not. */
  async stop() {
    this.stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker && !worker.isDead());
    const exits = workers.map((worker) => new Promise<void>((resolve) => worker.once('exit', () => resolve())));
    // A worker still starting may not listen for messages yet, and a message it misses is
    // lost: it would start serving after all and be killed only at STOP_GRACE_MS. It has
    // nothing in flight, so a signal ends it at once.
    for (const worker of workers) {
      if (this.ready.has(worker)) worker.send({ type: 'shutdown' }, () => {});
      else worker.process.kill('SIGTERM');
    }
    const timer = setTimeout(() => {
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await Promise.all(exits);
    clearTimeout(timer);
  }

  private fork() {
    const worker = cluster.fork(this.options.env);
    worker.on('message', (message: { type?: string }) => {
      if (message?.type !== 'ready') return;
      this.ready.add(worker);
      this.options.log(`worker ${worker.process.pid} ready`);
    });
    // A worker's IPC channel can break as it dies; the exit event says what happened.
    worker.on('error', () => {});
  }

  private onExit(worker: Worker, code: number | null, signal: string | null) {
    if (this.stopping) return;
    const now = Date.now();
    this.deaths = [...this.deaths.filter((at) => now - at < CRASH_WINDOW_MS), now];
    this.options.log(`worker ${worker.process.pid} died (${signal ?? `exit code ${code}`})`);
    if (this.deaths.length >= CRASH_LIMIT) {
      this.options.log(`${this.deaths.length} workers died within ${CRASH_WINDOW_MS / 1000} s: giving up`);
      this.options.onGiveUp();
      return;
    }
    this.fork();
  }
}
