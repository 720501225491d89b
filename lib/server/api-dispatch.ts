/**
 * The JSON API's own front door: a request under /api/v1 goes straight to its route.ts
 * handler, without Next.js's per-request routing, which costs more CPU than a cached poll's
 * own work (bench/README.md). Each endpoint is still defined once, by `route()` in its route.ts;
 * this only finds the handler, turns the Node request into a web Request and writes the
 * Response back. Unknown paths and methods get the contract's problem+json 404 and 405.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiRequest } from '@/lib/http/api-request';
import { JsonResponse, problem } from '@/lib/http/problem';
import { requestUserId } from '@/lib/http/request-context';
import { MAX_BODY_BYTES } from '@/lib/http/read-json-body';
import { SECURITY_HEADERS } from '@/lib/http/security-headers.js';

type Handler = (req: ApiRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A route module: its path with {param} placeholders, and its exports by HTTP method. */
export interface ApiRoute {
  path: string;
  handlers: Record<string, unknown>;
}

/** What the request log and the metrics say of an answered API request (never raw ids). */
export interface DispatchInfo {
  /** The route's pattern (`/api/v1/concerts/{concertId}`), or `(unmatched)`. */
  route: string;
  userId?: string;
  /** A problem+json answer's code. */
  code?: string;
}

interface CompiledRoute {
  path: string;
  segments: (string | { param: string })[];
  methods: Map<string, Handler>;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
export const API_PREFIX = '/api/v1';

export class ApiDispatcher {
  private readonly routes: CompiledRoute[];

  /** `passThrough`: full paths under /api/ that Next.js serves (not built with route()). */
  constructor(
    routes: ApiRoute[],
    private readonly passThrough: string[] = [],
  ) {
    this.routes = routes.map(({ path, handlers }) => ({
      path: `${API_PREFIX}${path}`,
      segments: path
        .split('/')
        .filter(Boolean)
        .map((part) => (part.startsWith('{') ? { param: part.slice(1, -1) } : part)),
      methods: new Map(
        METHODS.filter((method) => typeof handlers[method] === 'function').map((method) => [method, handlers[method] as Handler]),
      ),
    }));
  }

  /**
   * Whether this request is the dispatcher's to answer: everything under /api/ but next-auth's
   * own endpoints and the pass-through paths. The rest goes to Next.js.
   */
  claims(pathname: string): boolean {
    if (!pathname.startsWith('/api/') || pathname.startsWith('/api/auth/')) return false;
    return !this.passThrough.includes(pathname);
  }

  /** Answers the request, and fills `info` for the request's log line and metrics. */
  async dispatch(req: IncomingMessage, res: ServerResponse, pathname: string, info: DispatchInfo): Promise<void> {
    info.route = UNMATCHED;
    const response = await this.answer(req, pathname, info);
    // The route wrapper gives each answer a request id; the dispatcher's own 404s and 405s get one too.
    if (!response.headers.has('x-request-id')) response.headers.set('x-request-id', randomUUID());
    if (response.status >= 400 && response instanceof JsonResponse && !response.bodyUsed) info.code = problemCode(response);
    await writeResponse(res, response);
  }

  private async answer(req: IncomingMessage, pathname: string, info: DispatchInfo): Promise<Response> {
    const found = pathname.startsWith(`${API_PREFIX}/`) ? this.match(pathname.slice(API_PREFIX.length)) : null;
    if (!found) return problem('NOT_FOUND', `There is no ${pathname} in this API`);
    if (found === 'bad-encoding') return problem('NOT_FOUND', 'The path is not valid percent-encoding');
    info.route = found.route.path;
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    const handler = found.route.methods.get(method);
    if (!handler) {
      const allow = [...found.route.methods.keys()].join(', ');
      const response = problem('METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${allow}`);
      response.headers.set('allow', allow);
      return response;
    }
    const request = await toApiRequest(req, method);
    try {
      return await handler(request, { params: Promise.resolve(found.params) });
    } finally {
      info.userId = requestUserId(request);
    }
  }

  private match(path: string): { route: CompiledRoute; params: Record<string, string> } | 'bad-encoding' | null {
    const parts = path.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let matched = true;
      for (let i = 0; i < parts.length && matched; i++) {
        const segment = route.segments[i];
        if (typeof segment === 'string') {
          matched = segment === parts[i];
        } else {
          try {
            params[segment.param] = decodeURIComponent(parts[i]);
          } catch {
            return 'bad-encoding';
          }
        }
      }
      if (matched) return { route, params };
    }
    return null;
  }
}

const UNMATCHED = '(unmatched)';

/** The `code` of a problem+json body, read from the string the response will send. */
function problemCode(response: JsonResponse): string | undefined {
  if (!response.headers.get('content-type')?.startsWith('application/problem+json')) return undefined;
  try {
    const code = (JSON.parse(response.encoded) as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

async function toApiRequest(req: IncomingMessage, method: string): Promise<ApiRequest> {
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  const headers = new NodeHeaders(req);
  if (method === 'GET' || method === 'DELETE') {
    // A DELETE's body is ignored; it must still be read off the socket for keep-alive.
    if (method === 'DELETE') req.resume();
    return { method, url, headers, body: null };
  }
  return { method, url, headers, body: null, bodyBytes: await readBody(req) };
}

/** Node's parsed headers, read as a web Headers' get() reads them (names are lower-case there). */
class NodeHeaders {
  constructor(private readonly req: IncomingMessage) {}

  get(name: string): string | null {
    const value = this.req.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(name.toLowerCase() === 'cookie' ? '; ' : ', ') : value;
  }
}

/**
 * The body, but never more than one byte past the limit: readJsonBody answers 413 for that,
 * and a client that sends gigabytes does not get them buffered.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_BODY_BYTES) resolve(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES + 1));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value);
  });
  if (cookies.length) res.setHeader('set-cookie', cookies);
  // A string body goes out in one write with the headers; a Buffer would take a second.
  const body =
    response instanceof JsonResponse && !response.bodyUsed
      ? response.encoded
      : response.body
        ? Buffer.from(await response.arrayBuffer())
        : null;
  if (body !== null) res.setHeader('content-length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}
