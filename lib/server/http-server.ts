/**
 * One worker's HTTP server: GET /metrics (Prometheus, behind METRICS_TOKEN), the JSON API
 * through its own dispatcher (api-dispatch.ts), pages and next-auth through Next.js, one JSON
 * log line and one metrics sample per request, and a graceful stop that finishes what is in
 * flight.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { db, poolOf } from '@/lib/db/client';
import { CLIENT_IP_HEADER, clientAddress } from '@/lib/http/client-ip';
import { problem } from '@/lib/http/problem';
import { errorFields, log } from '@/lib/log/logger';
import type { ApiDispatcher, DispatchInfo } from './api-dispatch';
import { enableClusterMetrics, instanceMetricsText, METRICS_CONTENT_TYPE } from './cluster-metrics';
import { metrics, recordRequest } from './metrics';
import { queueStore } from './queue';

export interface AppServer {
  server: Server;
  /**
   * Stops taking connections and lets every open one end by itself: requests in flight finish
   * and each connection's next answer says `Connection: close`. At `graceMs` what is left is cut.
   */
  drain(graceMs: number): Promise<void>;
}

export function createAppServer(options: {
  dispatcher: ApiDispatcher | null;
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  trustProxy: number;
  /** METRICS_TOKEN: GET /metrics needs it as a bearer token; unset, /metrics is not served. */
  metricsToken?: string;
  /** INSTANCE_NAME: sent as x-encore-instance on every answer. */
  instanceName?: string;
  /** DATABASE_POOL_SIZE, for the pool gauge. */
  poolSize?: number;
}): AppServer {
  metrics().setSources({
    figures: () => queueStore().figures(new Date()),
    pool: () => poolOf(db()),
    poolMax: options.poolSize ?? 0,
  });
  enableClusterMetrics();
  const metricsTokenHash = options.metricsToken ? sha256(options.metricsToken) : null;
  let draining = false;

  const server = createServer((req, res) => {
    const started = performance.now();
    const info: DispatchInfo = { route: '' };
    res.on('close', () => finished(req, res, info, started));
    if (options.instanceName) res.setHeader('x-encore-instance', options.instanceName);
    // While draining, every answer tells the client to reconnect (to another worker or instance).
    if (draining) res.setHeader('connection', 'close');
    // Handlers cannot see the socket: they get the client's address from the server, never
    // from a header the client could have written.
    req.headers[CLIENT_IP_HEADER] = clientAddress(
      req.socket.remoteAddress,
      headerValue(req.headers['x-forwarded-for']),
      options.trustProxy,
    );
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query === -1 ? url : url.slice(0, query);
    let work: Promise<unknown>;
    if (metricsTokenHash && pathname === '/metrics') {
      info.route = '/metrics';
      res.setHeader('x-request-id', randomUUID());
      work = serveMetrics(req, res, metricsTokenHash);
    } else if (options.dispatcher && options.dispatcher.claims(pathname)) {
      work = options.dispatcher.dispatch(req, res, pathname, info);
    } else {
      info.route = nextRoute(pathname);
      res.setHeader('x-request-id', randomUUID());
      work = options.next(req, res);
    }
    work.catch((error) => {
      log().error({ path: pathname, error: errorFields(error) }, 'request failed outside the handlers');
      if (!res.headersSent) void sendProblem(res, problem('INTERNAL', 'An unexpected error occurred'));
      else res.destroy();
    });
  });

  // Node refuses a malformed request or one with headers over its limit before any handler
  // runs, with an empty body; the contract wants problem+json there too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      type: 'about:blank',
      title: tooLarge ? 'Request header fields too large' : 'Bad request',
      status: tooLarge ? 431 : 400,
      code: 'VALIDATION_FAILED',
      detail: tooLarge ? 'The request line and headers may be at most 16 KB' : 'The request could not be parsed',
    });
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        `content-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  return {
    server,
    async drain(graceMs) {
      draining = true;
      // Stop listening, but leave idle keep-alive connections open: closing one races a request
      // the client may be sending on it at that instant, and a load balancer cannot resend a
      // POST it has sent (nginx answers 502). Instead each connection's next answer carries
      // `Connection: close`, and idle ones are closed by their client (nginx's upstream
      // keepalive_timeout, 4 s in docs/deploy.md, is below Node's keepAliveTimeout of 5 s,
      // which closes the rest). http.Server's own close() would close idle ones at once.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref())]);
      server.closeAllConnections();
      await closed;
    },
  };
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

/** What Next.js serves, as few metric label values: never a raw path. */
function nextRoute(pathname: string): string {
  if (pathname.startsWith('/api/auth/')) return '/api/auth/*';
  if (pathname.startsWith('/_next/')) return '/_next/*';
  return '(pages)';
}

/**
 * A request's one log line and metrics sample. Ids, route pattern, status and time only: no
 * body, no header value, no cookie, no query string.
 */
function finished(req: IncomingMessage, res: ServerResponse, info: DispatchInfo, started: number) {
  const seconds = (performance.now() - started) / 1000;
  const method = req.method ?? 'GET';
  const status = res.statusCode;
  recordRequest({ method, route: info.route, status, seconds, code: info.code });
  const requestId = res.getHeader('x-request-id');
  log().info(
    {
      requestId: typeof requestId === 'string' ? requestId : undefined,
      method,
      route: info.route,
      status,
      durationMs: Math.round(seconds * 1e5) / 100,
      userId: info.userId,
      // The client went away before the answer was complete.
      aborted: res.writableFinished ? undefined : true,
    },
    'request',
  );
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** GET /metrics with `Authorization: Bearer <METRICS_TOKEN>`: the instance's Prometheus text. */
async function serveMetrics(req: IncomingMessage, res: ServerResponse, tokenHash: Buffer) {
  const plain = (status: number, text: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  // Compared as digests: equal lengths, and a constant time whatever the guess.
  if (!match || !timingSafeEqual(sha256(match[1]), tokenHash)) {
    return plain(401, 'A valid bearer token is required\n', { 'www-authenticate': 'Bearer realm="metrics"' });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Use GET\n', { allow: 'GET, HEAD' });
  try {
    const text = await instanceMetricsText();
    res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : text);
  } catch (error) {
    log().warn({ error: errorFields(error) }, 'metrics could not be collected');
    plain(503, 'The metrics could not be collected; try again\n', { 'retry-after': '5' });
  }
}

async function sendProblem(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => res.setHeader(key, value));
  res.end(await response.text());
}
