/**
 * Idempotency-Key support for writes that move money (docs/api.md, "Idempotency").
 *
 * The key is claimed by inserting its row inside the operation's own transaction, before any
 * work: a concurrent repeat blocks on the primary key until the first commits (then replays
 * its answer) or rolls back (then runs itself). A refused request rolls back, so it is never
 * remembered. Rows older than KEY_TTL_HOURS no longer count and are swept.
 */
import { createHash } from 'node:crypto';
import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';

export const KEY_TTL_HOURS = 24;

export interface IdempotencyContext {
  userId: string;
  scope: string;
  key: string;
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** Thrown inside a transaction when a concurrent request with the same key committed first. */
export class IdempotencyKeyTaken extends Error {}

const cutoff = (now: Date) => new Date(now.getTime() - KEY_TTL_HOURS * 3600_000);

/** A stable hash of a request body: key order and whitespace do not matter. */
export function hashRequest(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The first answer for this key, or null; IDEMPOTENCY_KEY_REUSED if the body differs. */
export async function findStoredResponse(db: Tx, ctx: IdempotencyContext, now: Date): Promise<StoredResponse | null> {
  const record = await db.idempotencyRecord.findUnique({
    where: { userId_scope_key: { userId: ctx.userId, scope: ctx.scope, key: ctx.key } },
  });
  if (!record || record.createdAt <= cutoff(now) || record.responseStatus === null) return null;
  if (record.requestHash !== ctx.requestHash) {
    throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
  }
  return { status: record.responseStatus, body: record.responseBody };
}

/** Claims the key inside the caller's transaction; throws IdempotencyKeyTaken if it lost. */
export async function claimKey(tx: Tx, ctx: IdempotencyContext, now: Date): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "IdempotencyRecord"
    WHERE "userId" = ${ctx.userId}::uuid AND scope = ${ctx.scope} AND key = ${ctx.key} AND "createdAt" <= ${cutoff(now)}`;
  const inserted = await tx.$executeRaw`
    INSERT INTO "IdempotencyRecord" ("userId", scope, key, "requestHash", "createdAt")
    VALUES (${ctx.userId}::uuid, ${ctx.scope}, ${ctx.key}, ${ctx.requestHash}, ${now})
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) throw new IdempotencyKeyTaken();
}

/** Records the answer in the same transaction that claimed the key. */
export async function storeResponse(tx: Tx, ctx: IdempotencyContext, response: StoredResponse): Promise<void> {
  await tx.idempotencyRecord.update({
    where: { userId_scope_key: { userId: ctx.userId, scope: ctx.scope, key: ctx.key } },
    data: { responseStatus: response.status, responseBody: response.body as object },
  });
}

/** Deletes keys past their time. Tidiness: expired keys are ignored anyway. */
export async function sweepIdempotencyKeys(db: Tx, now: Date): Promise<number> {
  const { count } = await db.idempotencyRecord.deleteMany({ where: { createdAt: { lte: cutoff(now) } } });
  return count;
}
