import { ApiError } from './api-fetch';

/**
 * Every error code of docs/api.md, plus the client's own NETWORK, that people get a sentence for
 * in their language: the catalogs' group "errors" words each (lib/i18n/messages), and
 * lib/query/errors.test.ts holds both catalogs to this list.
 */
export const SENTENCE_CODES = new Set([
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
  'NETWORK',
]);

export const errorCode = (error: unknown): string | null => (error instanceof ApiError ? error.code : null);

/**
 * The catalog key ("errors.<key>") of the sentence for any error a query or mutation throws:
 * the API's code when the catalogs have one, UNKNOWN otherwise. The API's own English `title`
 * and `detail` are for developers; people read the catalog's sentence in their language.
 * Components call `useErrorSentence()` (components/ui/use-error-sentence.ts).
 */
export function errorKey(error: unknown): string {
  const code = errorCode(error);
  return code && SENTENCE_CODES.has(code) ? code : 'UNKNOWN';
}

/** Codes after which the queue pass cannot be used any more: the way forward is back into line. */
export const PASS_LOST_CODES = ['QUEUE_TOKEN_EXPIRED', 'QUEUE_TOKEN_INVALID', 'QUEUE_TOKEN_MISSING'];

/** Only a lost connection or a server fault is worth retrying by itself; a refusal will not change. */
export const isRetryable = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
