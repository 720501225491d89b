/**
 * The production server under test, as `npm start` runs it (scripts/serve.ts: a supervisor and
 * its workers, one per core unless --workers says otherwise), on a free port, against the
 * benchmark's database. Memory is read per process (the target is per worker), CPU summed over
 * the whole process tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@/lib/db/start-embedded-postgres';

export interface BenchServer {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** Resident memory of the largest process of the server (a worker), in MB. */
  rssMb(): number;
  /** CPU time the server's processes have used so far, in seconds. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export async function startServer(options: {
  root: string;
  databaseUrl: string;
  authSecret: string;
  poolSize: number;
  workers: number;
  logFile: string;
}): Promise<BenchServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    NEXTAUTH_SECRET: options.authSecret,
    NEXTAUTH_URL: baseUrl,
    RATE_LIMITS: 'off',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SEED_DEMO: 'false',
    // The lines the benchmark builds are not polled by every token: keep them from going idle
    // (and moving) while it runs. Poll intervals are capped far below this either way.
    QUEUE_IDLE_TIMEOUT_SECONDS: '3600',
    PORT: String(port),
    WEB_CONCURRENCY: String(options.workers),
  };
  if (options.poolSize > 0) env.DATABASE_POOL_SIZE = String(options.poolSize);

  const log = createWriteStream(options.logFile);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // BENCH_PROFILE=<dir>: V8 CPU profiles of the server, written there when it stops.
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : []),
      ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
      '--import',
      path.join(options.root, 'bench/lib/exit-with-parent.mjs'),
      '--import',
      'tsx',
      path.join(options.root, 'scripts/serve.ts'),
      'start',
    ],
    { cwd: options.root, env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the server exited (code ${exitCode}):\n${tail(options.logFile)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/v1/health within 60 s:\n${tail(options.logFile)}`);
    }
    const ok = await fetch(`${baseUrl}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    baseUrl,
    pid: child.pid!,
    logFile: options.logFile,
    rssMb: () => Math.max(0, ...processTree(child.pid!).map(rssKb)) / 1024,
    cpuSeconds: () => treeCpuSeconds(child.pid!),
    async stop() {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      log.end();
    },
  };
}

export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

// Linux reports CPU time in clock ticks of USER_HZ, 100 on every mainstream architecture.
const CLOCK_TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime and cstime: fields 14 to 17 of stat(5), counted from the state field
    // (3). The last two are children that exited and were waited for: PostgreSQL's postmaster
    // reaps backends that end, and a sample must not drop their CPU.
    return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  } catch {
    return 0;
  }
}

/** CPU time used so far by a process and its descendants (live, or exited and waited for), in seconds. */
export const treeCpuSeconds = (pid: number) =>
  processTree(pid).reduce((sum, each) => sum + cpuTicks(each), 0) / CLOCK_TICKS_PER_SECOND;

/** A process and all its descendants. */
export function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return [pid, ...(children ? children.split(/\s+/).flatMap((child) => processTree(Number(child))) : [])];
  } catch {
    // The process has just exited.
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
