/**
 * One worker's HTTP server: the JSON API through its own dispatcher (api-dispatch.ts), pages and
 * next-auth through Next.js, and a graceful stop that finishes what is in flight.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { CLIENT_IP_HEADER, clientAddress } from '@/lib/http/client-ip';
import { problem } from '@/lib/http/problem';
import type { ApiDispatcher } from './api-dispatch';

export interface AppServer {
  server: Server;
  /** Stops taking connections, lets requests in flight finish (at most `graceMs`), then closes. */
  drain(graceMs: number): Promise<void>;
}

export function createAppServer(options: {
  dispatcher: ApiDispatcher | null;
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  trustProxy: number;
}): AppServer {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | null = null;

  const server = createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
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
    const work =
      options.dispatcher && options.dispatcher.claims(pathname)
        ? options.dispatcher.dispatch(req, res, pathname)
        : options.next(req, res);
    work.catch((error) => {
      console.error(JSON.stringify({ level: 'error', msg: 'request failed outside the handlers', path: pathname, error: String(error) }));
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
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (idle = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

async function sendProblem(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => res.setHeader(key, value));
  res.end(await response.text());
}
