/**
 * A real nginx (Debian's, as production would run it) in front of app instances: its own
 * generated config in a temp dir, round-robin over the instances' ports, keep-alive upstream
 * connections, X-Forwarded-For appended, and idempotent requests retried on the next instance
 * when one cannot be reached. docs/deploy.md shows the same configuration for production.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@/lib/db/start-embedded-postgres';
import { get, waitFor } from './server';

export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'])
    if (existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error('nginx is not installed: `apt-get install -y nginx` (.ci/run does it)');
}

/** The `upstream` and `server` blocks: what docs/deploy.md shows, with the test's ports. */
export function encoreNginxSite(options: { listen: string; upstreams: string[]; serverName?: string }): string {
  return `
  upstream encore {
${options.upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`).join('\n')}
    # Connections to the instances are reused. nginx closes an idle one after 4 s, before Node's
    # keep-alive timeout (5 s) would: nginx never sends a request on a connection being closed.
    keepalive 32;
    keepalive_timeout 4s;
  }

  server {
    listen ${options.listen};
    server_name ${options.serverName ?? 'localhost'};
    client_max_body_size 1m;

    # Prometheus scrapes each instance on its own port, from inside the network: never public.
    location = /metrics {
      return 404;
    }

    location / {
      proxy_pass http://encore;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # The app trusts one proxy (TRUST_PROXY=1): the last address nginx appends is the client.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # An instance that refuses the connection, resets it or times out before answering:
      # try the next one. nginx never resends a POST or PATCH it has already sent (that is
      # "non_idempotent", left off), so a payment cannot be made twice by the balancer.
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
    }
  }`;
}

export class RunningNginx {
  constructor(
    readonly child: ChildProcess,
    readonly port: number,
    readonly dir: string,
  ) {}

  get baseUrl(): string {
    return `http://localhost:${this.port}`;
  }

  /** nginx's access log: one line per request with the upstream(s) it tried and their statuses. */
  accessLog(): string {
    return existsSync(path.join(this.dir, 'access.log')) ? readFileSync(path.join(this.dir, 'access.log'), 'utf8') : '';
  }

  errorLog(): string {
    return existsSync(path.join(this.dir, 'error.log')) ? readFileSync(path.join(this.dir, 'error.log'), 'utf8') : '';
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Starts nginx in the foreground (`daemon off`) with a config of its own; resolves once it
 * answers. Start it once the instances answer: an upstream nginx finds down is skipped for
 * fail_timeout, and with all of them down it answers 502 until then.
 */
export async function startNginx(upstreams: string[], port?: number): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'encore-nginx-'));
  chmodSync(dir, 0o755);
  // nginx's workers may run as another user (nobody): they write request bodies here.
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  port ??= await freePort();
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }

http {
  log_format upstreams '$remote_addr "$request" $status upstream=$upstream_addr upstream_status=$upstream_status $request_time';
  access_log ${dir}/access.log upstreams;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${encoreNginxSite({ listen: `127.0.0.1:${port}`, upstreams })}
}
`,
  );
  const child = spawn(nginxBinary(), ['-c', conf, '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const nginx = new RunningNginx(child, port, dir);
  try {
    await waitFor(
      'nginx to answer',
      async () => {
        if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${output}${nginx.errorLog()}`);
        return (await get(nginx.baseUrl, '/api/v1/health/live').catch(() => null))?.status === 200;
      },
      { timeoutMs: 10_000, intervalMs: 100 },
    );
  } catch (error) {
    await nginx.stop();
    throw error;
  }
  return nginx;
}
