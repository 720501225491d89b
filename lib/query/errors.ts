import { MAX_HOLDS_PER_USER } from '@/lib/schemas/booking';
import { ApiError } from './api-fetch';

/** Every error code of docs/api.md (plus the client's own NETWORK) in words a concertgoer can act on. */
const SENTENCES: Record<string, string> = {
  VALIDATION_FAILED: 'Something in that request was not right. Check what you entered and try again.',
  UNAUTHENTICATED: 'You have been signed out. Sign in again to continue.',
  QUEUE_TOKEN_MISSING: 'You need a place in line before you can book. Join the waiting room first.',
  QUEUE_TOKEN_INVALID: 'Your place in line does not match this concert any more. Join the line again.',
  QUEUE_TOKEN_WAITING: 'It is not your turn yet. Stay in the waiting room and we will move you on.',
  QUEUE_TOKEN_EXPIRED: 'Your booking pass has run out. Join the line again to keep booking.',
  FORBIDDEN: 'This needs an administrator account.',
  NOT_FOUND: 'We could not find that. It may have been removed or belong to someone else.',
  METHOD_NOT_ALLOWED: 'That action is not possible here.',
  SEAT_UNAVAILABLE: 'Someone else just took that seat. Pick another one.',
  HOLD_LIMIT_REACHED: `You can hold at most ${MAX_HOLDS_PER_USER} seats at a time. Pay for or release the seats you hold first.`,
  TICKET_LIMIT_REACHED: 'You already have as many tickets for this concert as one fan may buy.',
  RESERVATION_NOT_PAYABLE: 'These seats are already paid for or were released, so there is nothing to pay.',
  RESERVATION_NOT_CANCELLABLE: 'That seat can no longer be released: it is paid for or its hold has ended.',
  RESERVATION_NOT_REFUNDABLE:
    'This ticket can no longer be refunded: it is not a paid ticket of yours, or the show is too close.',
  TICKET_ALREADY_USED: 'This ticket was already checked in.',
  RESERVATION_EXPIRED: 'Your hold ran out before payment, so the seats went back on sale. Pick seats again.',
  INSUFFICIENT_BALANCE: 'Your wallet balance does not cover this payment. Top up and pay again.',
  IDEMPOTENCY_KEY_REUSED: 'This payment changed while it was being sent. Check your seats and pay again.',
  EMAIL_TAKEN: 'This email is already registered. Sign in instead.',
  PAYLOAD_TOO_LARGE: 'That was too much to send at once.',
  RATE_LIMITED: 'Too many requests in a short time. Wait a moment and try again.',
  INTERNAL: 'Something went wrong on our side. Try again in a moment.',
  SERVICE_UNAVAILABLE: 'Encore is busy or briefly down. Try again in a few seconds.',
  NETWORK: 'Could not reach Encore. Check your connection and try again.',
};

export const errorCode = (error: unknown): string | null => (error instanceof ApiError ? error.code : null);

/**
 * The catalog key ("errors.<key>") of the sentence for any error a query or mutation throws:
 * the API's code when the catalogs have one, UNKNOWN otherwise. The API's own English `title`
 * and `detail` are for developers; people read the catalog's sentence in their language.
 * Components call `useErrorSentence()` (components/ui/use-error-sentence.ts).
 */
export function errorKey(error: unknown): string {
  const code = errorCode(error);
  return code && code in SENTENCES ? code : 'UNKNOWN';
}

/** A plain sentence for any error a query or mutation throws. */
export function errorSentence(error: unknown): string {
  const code = errorCode(error);
  return (code && SENTENCES[code]) ?? 'Something went wrong. Try again in a moment.';
}

/** Codes after which the queue pass cannot be used any more: the way forward is back into line. */
export const PASS_LOST_CODES = ['QUEUE_TOKEN_EXPIRED', 'QUEUE_TOKEN_INVALID', 'QUEUE_TOKEN_MISSING'];

/** Only a lost connection or a server fault is worth retrying by itself; a refusal will not change. */
export const isRetryable = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
