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
import type { Db, Tx } from '@/lib/db/client';
import { sql, type Sql } from '@/lib/db/sql';

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
export async function findStoredResponse(db: Db, ctx: IdempotencyContext, now: Date): Promise<StoredResponse | null> {
  const [record] = await sql(db).query<{ requestHash: string; responseStatus: number | null; responseBody: unknown }>(
    `SELECT "requestHash", "responseStatus", "responseBody" FROM "IdempotencyRecord"
     WHERE "userId" = $1::uuid AND scope = $2 AND key = $3 AND "createdAt" > $4`,
    [ctx.userId, ctx.scope, ctx.key, cutoff(now)],
  );
  if (!record || record.responseStatus === null) return null;
  if (record.requestHash !== ctx.requestHash) {
    throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
  }
  return { status: record.responseStatus, body: record.responseBody };
}

/**
 * Claims the key inside the caller's transaction, in one statement: a new key is inserted, a
 * key past its time is taken over as new; throws IdempotencyKeyTaken if a live one is there.
 */
export async function claimKey(sql: Sql, ctx: IdempotencyContext, now: Date): Promise<void> {
  const claimed = await sql.query(
    `INSERT INTO "IdempotencyRecord" ("userId", scope, key, "requestHash", "createdAt")
     VALUES ($1::uuid, $2, $3, $4, $5)
     ON CONFLICT ("userId", scope, key) DO UPDATE
       SET "requestHash" = excluded."requestHash", "createdAt" = excluded."createdAt",
           "responseStatus" = NULL, "responseBody" = NULL
       WHERE "IdempotencyRecord"."createdAt" <= $6
     RETURNING 1 AS claimed`,
    [ctx.userId, ctx.scope, ctx.key, ctx.requestHash, now, cutoff(now)],
  );
  if (claimed.length === 0) throw new IdempotencyKeyTaken();
}

/** Records the answer in the same transaction that claimed the key. */
export async function storeResponse(sql: Sql, ctx: IdempotencyContext, response: StoredResponse): Promise<void> {
  await sql.query(
    `UPDATE "IdempotencyRecord" SET "responseStatus" = $4, "responseBody" = $5::json
     WHERE "userId" = $1::uuid AND scope = $2 AND key = $3`,
    [ctx.userId, ctx.scope, ctx.key, response.status, JSON.stringify(response.body)],
  );
}

/** Deletes keys past their time. Tidiness: expired keys are ignored anyway. */
export async function sweepIdempotencyKeys(db: Tx, now: Date): Promise<number> {
  const { count } = await db.idempotencyRecord.deleteMany({ where: { createdAt: { lte: cutoff(now) } } });
  return count;
}
