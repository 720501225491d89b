import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@/lib/core/errors';

/**
 * The cursor of GET /wallet/transactions: the ledger seq to continue below, signed for the user
 * it was issued to. The signature makes "a cursor the server did not issue" (docs/api.md) checkable:
 * garbage, an edited seq and another user's cursor are all refused, not silently reinterpreted.
 */
const VERSION = 'w1';
const MAX_SEQ = 2n ** 63n - 1n;
const PAYLOAD = /^w1\.([1-9]\d{0,18})\.([A-Za-z0-9_-]{22})$/;

function sign(secret: string, userId: string, seq: bigint): string {
  return createHmac('sha256', secret)
    .update(`wallet-transactions-cursor:${VERSION}:${userId}:${seq}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export function encodeCursor(secret: string, userId: string, seq: bigint): string {
  return Buffer.from(`${VERSION}.${seq}.${sign(secret, userId, seq)}`).toString('base64url');
}

/** The seq a cursor stands for; VALIDATION_FAILED for anything this server did not issue. */
export function decodeCursor(secret: string, userId: string, cursor: string): bigint {
  const refused = new DomainError('VALIDATION_FAILED', 'cursor: this is not a cursor this server issued', {
    errors: [{ path: 'cursor', message: 'Not a cursor this server issued: start again from the first page' }],
  });
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw refused;
  const decoded = Buffer.from(cursor, 'base64url');
  // base64url decoding ignores stray bits; only the exact encoding we issue is accepted.
  if (decoded.toString('base64url') !== cursor) throw refused;
  const match = PAYLOAD.exec(decoded.toString('latin1'));
  if (!match) throw refused;
  const seq = BigInt(match[1]);
  if (seq > MAX_SEQ) throw refused;
  const expected = Buffer.from(sign(secret, userId, seq));
  const given = Buffer.from(match[2]);
  if (!timingSafeEqual(expected, given)) throw refused;
  return seq;
}
