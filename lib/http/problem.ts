import type { ErrorCode, FieldError, ProblemMembers } from '@/lib/core/errors';

/** The one table from domain error codes to HTTP statuses (docs/api.md, "Errors"). */
export const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  QUEUE_TOKEN_MISSING: 401,
  QUEUE_TOKEN_INVALID: 401,
  QUEUE_TOKEN_WAITING: 403,
  QUEUE_TOKEN_EXPIRED: 410,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  SEAT_UNAVAILABLE: 409,
  HOLD_LIMIT_REACHED: 409,
  TICKET_LIMIT_REACHED: 409,
  RESERVATION_NOT_PAYABLE: 409,
  RESERVATION_NOT_CANCELLABLE: 409,
  RESERVATION_NOT_REFUNDABLE: 409,
  TICKET_ALREADY_USED: 409,
  RESERVATION_EXPIRED: 410,
  INSUFFICIENT_BALANCE: 402,
  IDEMPOTENCY_KEY_REUSED: 409,
  EMAIL_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

const TITLE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  UNAUTHENTICATED: 'Sign in first',
  QUEUE_TOKEN_MISSING: 'A queue token is required',
  QUEUE_TOKEN_INVALID: 'The queue token is not valid',
  QUEUE_TOKEN_WAITING: 'Still waiting in line',
  QUEUE_TOKEN_EXPIRED: 'The queue token has expired',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  SEAT_UNAVAILABLE: 'The seat is not available',
  HOLD_LIMIT_REACHED: 'Too many seats held',
  TICKET_LIMIT_REACHED: 'Ticket limit for this concert reached',
  RESERVATION_NOT_PAYABLE: 'The reservation cannot be paid',
  RESERVATION_NOT_CANCELLABLE: 'The reservation cannot be cancelled',
  RESERVATION_NOT_REFUNDABLE: 'The reservation cannot be refunded',
  TICKET_ALREADY_USED: 'The ticket was already used',
  RESERVATION_EXPIRED: 'The hold has expired',
  INSUFFICIENT_BALANCE: 'Not enough money in the wallet',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused with a different request',
  EMAIL_TAKEN: 'Email already registered',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  RATE_LIMITED: 'Too many requests',
  INTERNAL: 'Something went wrong on our side',
  SERVICE_UNAVAILABLE: 'The service is briefly unavailable',
};

export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  requestId?: string;
}

export function problem(
  code: ErrorCode,
  detail: string,
  extra: { errors?: FieldError[]; retryAfterSeconds?: number; requestId?: string; members?: ProblemMembers } = {},
): Response {
  const status = STATUS[code];
  const body: Problem = { type: 'about:blank', title: TITLE[code], status, code, detail };
  // Extension members (RFC 9457) follow the standard ones and never replace them.
  for (const [key, value] of Object.entries(extra.members ?? {})) if (!(key in body)) Object.assign(body, { [key]: value });
  if (extra.errors) body.errors = extra.errors;
  if (extra.requestId) body.requestId = extra.requestId;
  // Answers depend on the session and X-Queue-Token, which are not in the URL: never cache them.
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
  if (extra.retryAfterSeconds !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(extra.retryAfterSeconds)));
  return new JsonResponse(JSON.stringify(body), { status, headers });
}

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new JsonResponse(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

/**
 * A Response that keeps its body's text: the API dispatcher (lib/server/api-dispatch.ts)
 * writes it to the socket as is. The web stream a Response body needs (a fifth of a cached
 * poll's allocations, bench/README.md) is made only when someone reads the body the web way
 * (Next.js in development, tests): every body reader is answered by a full Response made then.
 */
export class JsonResponse extends Response {
  #full?: Response;

  constructor(
    readonly encoded: string,
    init: ResponseInit,
  ) {
    super(null, init);
  }

  /** The same answer as a plain Response, made once, on the first read of the body. */
  private full(): Response {
    return (this.#full ??= new Response(this.encoded, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    }));
  }

  override get body() {
    return this.full().body;
  }

  override get bodyUsed() {
    return this.#full?.bodyUsed ?? false;
  }

  override text() {
    return this.full().text();
  }

  override json() {
    return this.full().json();
  }

  override arrayBuffer() {
    return this.full().arrayBuffer();
  }

  override bytes() {
    return this.full().bytes();
  }

  override blob() {
    return this.full().blob();
  }

  override formData() {
    return this.full().formData();
  }

  override clone(): Response {
    return this.full().clone();
  }
}
