/**
 * Runs the production server the way `npm start` does (`node --import tsx scripts/serve.ts`:
 * embedded PostgreSQL, migrations, seed, a node:cluster supervisor and its workers) on a fresh
 * DATA_DIR and a free port, and finds, signals and stops its processes by their ids.
 * Used by the system tests (tests/system) and the chaos run (scripts/chaos.ts); it imports no
 * test runner, so a script can use it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@/lib/db/start-embedded-postgres';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

export interface ServerOptions {
  /** WEB_CONCURRENCY: worker processes. */
  workers?: number;
  env?: Record<string, string>;
  /** Reuse a data directory (a restart) instead of making a fresh one. */
  dataDir?: string;
  port?: number;
  /** Echo the server's output, prefixed. */
  echo?: (line: string) => void;
  /** How long to wait for every worker to report ready and /api/v1/health/live to answer. */
  readyTimeoutMs?: number;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
}

export class RunningServer {
  private text = '';
  private exitStatus: ExitStatus | null = null;
  readonly exited: Promise<ExitStatus>;

  constructor(
    /** The launched process: the supervisor itself, as `npm start` runs it. */
    readonly child: ChildProcess,
    readonly port: number,
    readonly dataDir: string,
    echo?: (line: string) => void,
  ) {
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      this.text += text;
      if (echo) for (const line of text.split('\n').filter(Boolean)) echo(line);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve((this.exitStatus = { code, signal, at: Date.now() }))),
    );
  }

  get pid(): number {
    return this.child.pid!;
  }

  get baseUrl(): string {
    return `http://localhost:${this.port}`;
  }

  get output(): string {
    return this.text;
  }

  get exitedWith(): ExitStatus | null {
    return this.exitStatus;
  }

  /** Worker pids in the order they reported ready. */
  readyWorkers(): number[] {
    return [...this.text.matchAll(/\[encore\] worker (\d+) ready/g)].map((m) => Number(m[1]));
  }

  diedWorkers(): number[] {
    return [...this.text.matchAll(/\[encore\] worker (\d+) died/g)].map((m) => Number(m[1]));
  }

  /** The embedded PostgreSQL's connection string, from the port the supervisor logged. */
  databaseUrl(): string {
    const ports = [...this.text.matchAll(/embedded PostgreSQL ready on port (\d+)/g)];
    if (ports.length === 0) throw new Error('the server has not logged its embedded PostgreSQL port');
    return `postgresql://postgres:encore@127.0.0.1:${ports.at(-1)![1]}/encore`;
  }

  /** The node:cluster primary running scripts/serve.ts (npm start runs it with `node --import tsx`). */
  supervisorPid(): number | null {
    if (commandOf(this.pid).includes('scripts/serve.ts')) return this.pid;
    return childrenOf(this.pid).find((pid) => commandOf(pid).includes('scripts/serve.ts')) ?? null;
  }

  /** Live app worker processes (scripts/worker.ts) of the supervisor, ready or still starting. */
  workerPids(): number[] {
    const supervisor = this.supervisorPid();
    if (!supervisor) return [];
    return childrenOf(supervisor).filter((pid) => commandOf(pid).includes('scripts/worker.ts') && isAlive(pid));
  }

  /** The running postmaster, from the first line of <DATA_DIR>/pg/postmaster.pid. */
  postmasterPid(): number | null {
    const file = path.join(this.dataDir, 'pg', 'postmaster.pid');
    if (!existsSync(file)) return null;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return pid > 0 && isAlive(pid) ? pid : null;
  }

  /** Every live process of the server's process group: the supervisor and all it started. */
  groupProcesses(): number[] {
    return allPids().filter((pid) => groupOf(pid) === this.pid && isAlive(pid));
  }

  /** Every live PostgreSQL process of this DATA_DIR (postmaster and backends run in <DATA_DIR>/pg). */
  postgresProcesses(): number[] {
    return postgresProcessesIn(path.join(this.dataDir, 'pg'));
  }

  /** Waits until the output matches (searching from character `from`), or throws at the deadline. */
  async waitForOutput(pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpMatchArray> {
    return waitFor(`output ${pattern}`, () => this.text.slice(from).match(pattern), { timeoutMs });
  }

  async waitForExit(timeoutMs: number): Promise<ExitStatus> {
    const timer = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs).unref());
    const status = await Promise.race([this.exited, timer]);
    if (!status) throw new Error(`the server (pid ${this.pid}) did not exit within ${timeoutMs} ms\n${this.tail()}`);
    return status;
  }

  /** Waits for `count` ready workers beyond those in `known`; returns their pids. */
  async waitForNewWorkers(known: number[], count: number, timeoutMs: number): Promise<number[]> {
    return waitFor(
      `${count} new worker(s) ready`,
      () => {
        const fresh = this.readyWorkers().filter((pid) => !known.includes(pid));
        return fresh.length >= count ? fresh : null;
      },
      { timeoutMs },
    );
  }

  tail(lines = 30): string {
    return this.text.split('\n').slice(-lines).join('\n');
  }

  /**
   * SIGTERM, then SIGKILL to the whole process group after `graceMs`; then any PostgreSQL
   * process of the data directory left behind; then the data directory, unless kept.
   */
  async stop(options: { graceMs?: number; keepDataDir?: boolean } = {}): Promise<void> {
    if (!this.exitStatus) {
      this.child.kill('SIGTERM');
      try {
        await this.waitForExit(options.graceMs ?? 15_000);
      } catch {
        killGroup(this.pid);
        await this.waitForExit(5_000).catch(() => {});
      }
    }
    killGroup(this.pid);
    for (const pid of this.postgresProcesses()) signal(pid, 'SIGKILL');
    await waitFor('PostgreSQL to end', () => this.postgresProcesses().length === 0, { timeoutMs: 10_000 }).catch(() => {});
    if (!options.keepDataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A fresh, traversable DATA_DIR (PostgreSQL runs as another user when we are root). */
export function makeDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'encore-system-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Starts `scripts/serve.ts start` and waits until every worker is ready and answers. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const workers = options.workers ?? 2;
  const dataDir = options.dataDir ?? makeDataDir();
  const port = options.port ?? (await freePort());
  // Nothing of the test runner's environment that would change how the server runs.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|NODE_ENV$|DATABASE_URL$|TEST_DATABASE_URL$|AUTH_SECRET$|PORT$)/.test(key)) Reflect.deleteProperty(env, key);
  }
  Object.assign(env, {
    DATA_DIR: dataDir,
    PORT: String(port),
    SEED_DEMO: 'true',
    RATE_LIMITS: 'off',
    WEB_CONCURRENCY: String(workers),
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
    cwd: ROOT,
    // Its own process group: a last-resort SIGKILL reaches every process it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const server = new RunningServer(child, port, dataDir, options.echo);
  const deadline = options.readyTimeoutMs ?? 90_000;
  try {
    await Promise.race([
      server.waitForNewWorkers([], workers, deadline),
      server.exited.then((status) => {
        throw new Error(`the server exited (${status.signal ?? status.code}) before it was ready`);
      }),
    ]);
    await waitFor('GET /api/v1/health/live', async () => (await get(server.baseUrl, '/api/v1/health/live')).status === 200, {
      timeoutMs: 30_000,
    });
  } catch (error) {
    const output = server.tail(40);
    await server.stop({ keepDataDir: options.dataDir !== undefined });
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return server;
}

/** Polls `check` until it returns something truthy; throws at the deadline. */
export async function waitFor<T>(
  what: string,
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  options: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}`);
    await sleep(options.intervalMs ?? 50);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- processes, by id -------------------------------------------------------------------

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

export function parentOf(pid: number): number {
  const stat = readProc(pid, 'stat');
  // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? 0);
}

function groupOf(pid: number): number {
  const stat = readProc(pid, 'stat');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2] ?? 0);
}

/** False for a process that is gone or a zombie nobody has reaped yet. */
export function isAlive(pid: number): boolean {
  const stat = readProc(pid, 'stat');
  if (!stat) return false;
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

export function commandOf(pid: number): string {
  return readProc(pid, 'cmdline').replaceAll('\0', ' ');
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

export function childrenOf(pid: number): number[] {
  return allPids().filter((candidate) => parentOf(candidate) === pid);
}

function postgresProcessesIn(pgDir: string): number[] {
  return allPids().filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === pgDir && isAlive(pid);
    } catch {
      return false;
    }
  });
}

export function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}

// ---- HTTP -------------------------------------------------------------------------------

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  ms: number;
}

/** A connection-level failure: refused, reset, timed out. No HTTP answer was received. */
export class ConnectionError extends Error {
  constructor(
    readonly code: string,
    readonly ms: number,
  ) {
    super(`connection error ${code} after ${ms} ms`);
  }
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** A form body (application/x-www-form-urlencoded) instead of JSON. */
  form?: Record<string, string>;
  timeoutMs?: number;
  /** Default: a fresh connection for each request (Connection: close). */
  agent?: http.Agent;
  cookies?: CookieJar;
}

/** One HTTP request on loopback; throws ConnectionError when no answer comes back. */
export function request(baseUrl: string, pathname: string, options: RequestOptions = {}): Promise<Answer> {
  const started = Date.now();
  const payload =
    options.form !== undefined
      ? new URLSearchParams(options.form).toString()
      : options.body !== undefined
        ? JSON.stringify(options.body)
        : undefined;
  const headers: Record<string, string> = { ...options.headers };
  if (payload !== undefined) {
    headers['content-type'] = options.form ? 'application/x-www-form-urlencoded' : 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  const cookie = options.cookies?.header();
  if (cookie) headers.cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(pathname, baseUrl), {
      method: options.method ?? 'GET',
      headers,
      agent: options.agent ?? false,
    });
    const fail = (code: string) => reject(new ConnectionError(code, Date.now() - started));
    req.setTimeout(options.timeoutMs ?? 10_000, () => {
      req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
      res.on('end', () => {
        options.cookies?.take(res.headers['set-cookie']);
        const text = Buffer.concat(chunks).toString();
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body, ms: Date.now() - started });
      });
    });
    req.end(payload);
  });
}

export const get = (baseUrl: string, pathname: string, options: RequestOptions = {}) => request(baseUrl, pathname, options);

/** The cookies a server set, sent back on later requests (enough for next-auth's). */
export class CookieJar {
  private cookies = new Map<string, string>();

  take(setCookie: string[] | undefined) {
    for (const line of setCookie ?? []) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export const TEST_PASSWORD = 'violet-ferry-candle-27';

/**
 * Signs up (unless `existing`) and signs in through next-auth's credentials flow, as a script
 * would (e2e/support/api-session.ts does the same with Playwright); returns the session's jar.
 */
export async function signIn(baseUrl: string, email: string, options: { password?: string; existing?: boolean } = {}) {
  const password = options.password ?? TEST_PASSWORD;
  const cookies = new CookieJar();
  if (!options.existing) {
    const created = await request(baseUrl, '/api/v1/users', { method: 'POST', body: { email, password, name: 'System Fan' } });
    if (created.status !== 201) throw new Error(`sign-up of ${email} answered ${created.status}: ${created.text}`);
  }
  const csrf = await request(baseUrl, '/api/auth/csrf', { cookies });
  const { csrfToken } = csrf.body as { csrfToken: string };
  await request(baseUrl, '/api/auth/callback/credentials', { method: 'POST', form: { csrfToken, email, password }, cookies });
  const me = await request(baseUrl, '/api/v1/me', { cookies });
  if (me.status !== 200) throw new Error(`sign-in of ${email} failed: GET /api/v1/me answered ${me.status}`);
  return { cookies, user: me.body as { id: string; email: string } };
}
