/**
 * The one route wrapper: every API handler is `route(spec, handler)`. It checks a request in
 * the order of docs/api.md (session 401, role 403, queue token 401/403/410, input 400, then the
 * operation's own rules), turns DomainErrors into problem+json through the STATUS table, and
 * answers anything unexpected with a 500 that carries a request id and no internals.
 */
import type { ApiRequest } from './api-request';
import { randomUUID } from 'node:crypto';
import { z, type ZodType } from 'zod';
import { requireAdmin, requireUser } from '@/lib/auth/session';
import { DomainError, isDomainError, type ErrorCode, type FieldError } from '@/lib/core/errors';
import {
  findStoredResponse,
  hashRequest,
  IdempotencyKeyTaken,
  type IdempotencyContext,
} from '@/lib/core/idempotency/idempotency';
import { checkQueueToken } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import { db } from '@/lib/db/client';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import type { UserView } from '@/lib/schemas/accounts';
import { queueConfig, queueStore } from '@/lib/server/queue';
import type { RateLimitName } from '@/lib/core/rate-limit/rate-limit-rules';
import { errorFields, log } from '@/lib/log/logger';
import { json, problem } from './problem';
import { clientIp, enforceRateLimits } from './rate-limit';
import { noteRequestUser } from './request-context';
import { assertSameOrigin } from './same-origin';
import { findNul, nulError, readJsonBody } from './read-json-body';

type AuthMode = 'none' | 'user' | 'admin';

/** What the OpenAPI document says of a route beyond its schemas (lib/openapi). */
export interface RouteDoc {
  summary: string;
  description?: string;
  tag: string;
  /** Success statuses and the zod schema of each body (null: no body). */
  responses: Record<number, ZodType | null>;
  /** The error codes this route can answer, beyond those its spec implies. */
  errors?: ErrorCode[];
}

export interface RouteSpec<A extends AuthMode = AuthMode, P = unknown, Q = unknown, B = unknown> {
  doc?: RouteDoc;
  auth: A;
  /** 'active': admitted tokens only; 'live': WAITING or ACTIVE (the poll endpoint). */
  queue?: 'active' | 'live';
  /** Scope of an Idempotency-Key (docs/api.md): looked up before the queue token is checked. */
  idempotency?: string;
  /** Limits counted for each request, by the client's address, the user, or the body's email. */
  rateLimit?: { name: RateLimitName; by: 'ip' | 'user' | 'email' }[];
  params?: ZodType<P>;
  query?: ZodType<Q>;
  body?: ZodType<B>;
}

export interface RouteContext<A extends AuthMode, P, Q, B> {
  req: ApiRequest;
  requestId: string;
  now: Date;
  user: A extends 'none' ? UserView | null : UserView;
  token: QueueTokenRecord | null;
  idempotency: IdempotencyContext | null;
  params: P;
  query: Q;
  body: B;
}

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

const IdempotencyKey = z.string().regex(/^[\x21-\x7e]{1,128}$/, 'must be 1 to 128 printable ASCII characters');

export function route<A extends AuthMode, P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<A, P, Q, B>,
  handler: (ctx: RouteContext<A, P, Q, B>) => Promise<Response>,
) {
  const handle_ = async (req: ApiRequest, next?: NextContext): Promise<Response> => {
    const requestId = randomUUID();
    let response: Response;
    try {
      response = await handle(req, next, spec, handler, requestId);
    } catch (error) {
      response = errorResponse(req, error, requestId);
    }
    response.headers.set('x-request-id', requestId);
    return response;
  };
  // The spec travels with the handler, so the OpenAPI document is built from what validates.
  return Object.assign(handle_, { spec: spec as RouteSpec });
}

/** A refusal's problem+json; anything unexpected is logged and answered 500 with no internals. */
function errorResponse(req: ApiRequest, error: unknown, requestId: string): Response {
  if (isDomainError(error)) return problem(error.code, error.detail, { ...error.extra, requestId });
  if (isDatabaseUnavailable(error)) {
    return problem('SERVICE_UNAVAILABLE', 'The service is briefly unavailable: try again in a few seconds', {
      requestId,
      retryAfterSeconds: 2,
    });
  }
  log().error({ requestId, method: req.method, path: new URL(req.url).pathname, error: errorFields(error) }, 'request failed');
  return problem('INTERNAL', `An unexpected error occurred. Quote request id ${requestId} when reporting it.`, { requestId });
}

export type RouteHandler = ((req: ApiRequest, next?: NextContext) => Promise<Response>) & { spec: RouteSpec };

async function handle<A extends AuthMode, P, Q, B>(
  req: ApiRequest,
  next: NextContext | undefined,
  spec: RouteSpec<A, P, Q, B>,
  handler: (ctx: RouteContext<A, P, Q, B>) => Promise<Response>,
  requestId: string,
): Promise<Response> {
  const now = new Date();
  assertSameOrigin(req);
  const user = spec.auth === 'admin' ? await requireAdmin(req) : spec.auth === 'user' ? await requireUser(req) : null;
  // For the request's log line (lib/server/http-server.ts): ids only, never the session.
  if (user) noteRequestUser(req, user.id);

  // Read the body now (the idempotency lookup needs it) but report its faults at the input step.
  let rawBody: unknown = undefined;
  let bodyError: unknown = null;
  if (spec.body) {
    try {
      rawBody = await readJsonBody(req);
    } catch (error) {
      bodyError = error;
    }
  }

  if (spec.rateLimit) {
    const email = (rawBody as { email?: unknown } | undefined)?.email;
    const checks = spec.rateLimit.flatMap(({ name, by }) => {
      const key =
        by === 'ip' ? clientIp(req) : by === 'user' ? user?.id : typeof email === 'string' ? email.trim().toLowerCase() : null;
      return key ? [{ name, key }] : [];
    });
    await enforceRateLimits(checks, now);
  }

  let idempotency: IdempotencyContext | null = null;
  let keyError: DomainError | null = null;
  if (spec.idempotency && user) {
    const header = req.headers.get('idempotency-key');
    if (header !== null) {
      const key = IdempotencyKey.safeParse(header);
      // A malformed key is an input fault: reported at the input step, after the queue token.
      if (!key.success) keyError = validationError([{ path: 'Idempotency-Key', message: key.error.issues[0].message }]);
      else if (!bodyError) {
        // A key names one request: where the path names the resource (a refund of reservation
        // X), the path is part of it, so one key cannot replay X's answer for Y.
        const request = spec.params && next ? { params: await next.params, body: rawBody } : rawBody;
        idempotency = { userId: user.id, scope: spec.idempotency, key: key.data, requestHash: hashRequest(request) };
        const stored = await findStoredResponse(db(), idempotency, now);
        if (stored) return json(stored.body, stored.status, { 'idempotent-replayed': 'true' });
      }
    }
  }

  try {
    return await checkAndRun(req, next, spec, handler, { requestId, now, user, rawBody, bodyError, keyError, idempotency });
  } catch (error) {
    // A repeat that raced the first request with its key: once the first has committed, its
    // own checks may fail for what the first did (the payment ended the queue token, so the
    // repeat sees 410). Whatever the repeat's error, the first's stored answer is the answer.
    if (idempotency && (isDomainError(error) || error instanceof IdempotencyKeyTaken)) {
      const stored = await findStoredResponse(db(), idempotency, new Date());
      if (stored) return json(stored.body, stored.status, { 'idempotent-replayed': 'true' });
    }
    throw error;
  }
}

async function checkAndRun<A extends AuthMode, P, Q, B>(
  req: ApiRequest,
  next: NextContext | undefined,
  spec: RouteSpec<A, P, Q, B>,
  handler: (ctx: RouteContext<A, P, Q, B>) => Promise<Response>,
  state: {
    requestId: string;
    now: Date;
    user: UserView | null;
    rawBody: unknown;
    bodyError: unknown;
    keyError: DomainError | null;
    idempotency: IdempotencyContext | null;
  },
): Promise<Response> {
  const { requestId, now, user, rawBody, bodyError, keyError, idempotency } = state;
  let token: QueueTokenRecord | null = null;
  if (spec.queue) {
    token = await checkQueueToken(
      queueStore(),
      { token: req.headers.get('x-queue-token'), userId: user!.id, mode: spec.queue },
      queueConfig(),
      now,
    );
  }

  const rawParams = next ? await next.params : {};
  const params = spec.params ? parse(spec.params, rawParams, 'path') : (undefined as P);
  const query = spec.query ? parse(spec.query, Object.fromEntries(new URL(req.url).searchParams), 'query') : (undefined as Q);
  if (keyError) throw keyError;
  if (bodyError) throw bodyError;
  const body = spec.body ? parse(spec.body, rawBody, 'body') : (undefined as B);

  const ctx = { req, requestId, now, user, token, idempotency, params, query, body } as RouteContext<A, P, Q, B>;
  return handler(ctx);
}

// Ids are opaque to clients: a path that names nothing answers the same whether its id is
// unknown or could never be one, in the words the use cases use for an unknown id.
export const PATH_NOT_FOUND = 'Not found';
const PATH_NOT_FOUND_BY_PARAM = new Map([
  ['concertId', 'No such concert'],
  ['scheduleId', 'No such date'],
  ['reservationId', 'No such reservation'],
]);

function parse<T>(schema: ZodType<T>, value: unknown, where: 'path' | 'query' | 'body'): T {
  // PostgreSQL text cannot hold a NUL (error 22021). readJsonBody refuses one in a body.
  const nul = where === 'query' ? findNul(value) : null;
  if (nul !== null) throw nulError(nul);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  if (where === 'path') {
    const param = String(result.error.issues[0]?.path[0] ?? '');
    throw new DomainError('NOT_FOUND', PATH_NOT_FOUND_BY_PARAM.get(param) ?? PATH_NOT_FOUND);
  }
  throw validationError(
    result.error.issues.map((issue) => ({
      path: issue.path.length ? issue.path.join('.') : where,
      message: issue.message,
    })),
  );
}

export function validationError(errors: FieldError[]): DomainError {
  const first = errors[0];
  const detail = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'The request is not valid';
  return new DomainError('VALIDATION_FAILED', detail, { errors });
}
