/** The error codes of docs/api.md. Only lib/http knows their HTTP statuses. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'QUEUE_TOKEN_MISSING',
  'QUEUE_TOKEN_INVALID',
  'QUEUE_TOKEN_WAITING',
  'QUEUE_TOKEN_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'SEAT_UNAVAILABLE',
  'HOLD_LIMIT_REACHED',
  'TICKET_LIMIT_REACHED',
  'RESERVATION_NOT_PAYABLE',
  'RESERVATION_NOT_CANCELLABLE',
  'RESERVATION_NOT_REFUNDABLE',
  'TICKET_ALREADY_USED',
  'RESERVATION_EXPIRED',
  'INSUFFICIENT_BALANCE',
  'IDEMPOTENCY_KEY_REUSED',
  'EMAIL_TAKEN',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  path: string;
  message: string;
}

/** Facts a refusal carries for programs beside its sentence, e.g. when a ticket was used. */
export type ProblemMembers = Record<string, string | number | boolean | null>;

export interface DomainErrorExtra {
  errors?: FieldError[];
  retryAfterSeconds?: number;
  /** Extension members of the problem+json answer (docs/api.md names each). */
  members?: ProblemMembers;
}

/**
 * A refusal the client can act on: a code of docs/api.md and a sentence for people. It carries
 * no stack trace: it is an answer, not a fault, and in a race for a seat hundreds are thrown a
 * second, where capturing stacks was a measurable share of the server's CPU.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly extra: DomainErrorExtra;

  constructor(code: ErrorCode, detail: string, extra: DomainErrorExtra = {}) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(`${code}: ${detail}`);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.name = 'DomainError';
    this.code = code;
    this.detail = detail;
    this.extra = extra;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
