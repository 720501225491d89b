/**
 * Sessions ended by signing out. A session is a signed JWT cookie that any instance accepts
 * until it expires, so signing out writes the session's id to the RevokedSession table, and
 * every process keeps the unexpired ids in memory: checking a request is a Map lookup, and the
 * database is read at most once per refresh interval per process, never once per request.
 */
import { db as appDb, type Db, poolOf } from '@/lib/db/client';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';

/** docs/api.md promises 401 within 5 s of signing out, on every instance. */
export const REVOCATION_REFRESH_MS = 2_000;

// A revocation stays listed while any token of its session may still be accepted: renewals
// made before it expire at most maxAge after it (none are made after: options.ts refuses to
// renew a revoked session), plus next-auth's 15 s clock tolerance and some clock skew.
const REVOCATION_LIFETIME_MS = SESSION_MAX_AGE_SECONDS * 1000 + 5 * 60_000;

// Rows are read by "revokedAt", the time of the INSERT's statement, which commits a moment
// later: re-reading a margin of the past catches one committed after the previous read.
const READ_OVERLAP_MS = 30_000;

export interface RevocationListOptions {
  /** A check never relies on a copy older than this; it waits for a fresh read instead. */
  refreshMs?: number;
  /** From this age a check starts a read in the background, so busy processes rarely wait. */
  refreshAheadMs?: number;
  clock?: () => number;
}

export class RevocationList {
  private readonly revoked = new Map<string, number>(); // session id -> expiresAt (ms)
  private readonly refreshMs: number;
  private readonly refreshAheadMs: number;
  private readonly clock: () => number;
  private readAt = -Infinity; // this process's clock when the last successful read began
  private since: string | null = null; // the database's clock, minus the overlap
  private reading: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    options: RevocationListOptions = {},
  ) {
    this.refreshMs = options.refreshMs ?? REVOCATION_REFRESH_MS;
    this.refreshAheadMs = options.refreshAheadMs ?? this.refreshMs * 0.75;
    this.clock = options.clock ?? (() => Date.now());
  }

  /**
   * Whether this session was signed out, on any instance, as of at most refreshMs ago.
   * Throws when the database cannot be read and the copy in memory is too old to vouch for.
   */
  async isRevoked(sessionId: string): Promise<boolean> {
    const age = this.clock() - this.readAt;
    if (age >= this.refreshMs) await this.refresh();
    else if (age >= this.refreshAheadMs) this.refresh().catch(() => {}); // the next check retries
    return this.revoked.has(sessionId);
  }

  /** Whether the copy in memory, however old, lists this session. */
  isKnownRevoked(sessionId: string): boolean {
    return this.revoked.has(sessionId);
  }

  /** Ends a session everywhere: here at once, on the other instances at their next read. */
  async revoke(sessionId: string, now: Date): Promise<void> {
    const expiresAt = new Date(now.getTime() + REVOCATION_LIFETIME_MS);
    await poolOf(this.db).query(
      `INSERT INTO "RevokedSession" ("sessionId", "expiresAt") VALUES ($1, $2::timestamptz)
       ON CONFLICT ("sessionId") DO UPDATE SET "expiresAt" = GREATEST("RevokedSession"."expiresAt", EXCLUDED."expiresAt")`,
      [sessionId, expiresAt.toISOString()],
    );
    this.revoked.set(sessionId, expiresAt.getTime());
  }

  /** Reads what was revoked since the last read; concurrent callers share one read. */
  refresh(): Promise<void> {
    this.reading ??= this.read().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async read(): Promise<void> {
    const startedAt = this.clock();
    // One row even when nothing is new, for the database's clock.
    const { rows } = await poolOf(this.db).query<{ sessionId: string | null; expiresAt: Date | null; at: Date }>(
      `SELECT r."sessionId", r."expiresAt", t.at
       FROM (SELECT now() AS at) t
       LEFT JOIN "RevokedSession" r ON r."expiresAt" > t.at AND ($1::timestamptz IS NULL OR r."revokedAt" > $1::timestamptz)`,
      [this.since],
    );
    for (const row of rows) if (row.sessionId && row.expiresAt) this.revoked.set(row.sessionId, row.expiresAt.getTime());
    const at = rows[0].at.getTime();
    for (const [id, expiresAt] of this.revoked) if (expiresAt <= at) this.revoked.delete(id);
    this.since = new Date(at - READ_OVERLAP_MS).toISOString();
    this.readAt = startedAt;
  }
}

/** Deletes revocations past their expiry: no token of those sessions is accepted any more. */
export async function sweepRevokedSessions(db: Db, now: Date): Promise<number> {
  const { count } = await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

// On globalThis: Next.js bundles lib/auth more than once, and every copy must share one list.
const globalForRevocations = globalThis as unknown as { encoreRevocations?: RevocationList };

/** This process's revocation list, on the app's database. */
export function revocations(): RevocationList {
  globalForRevocations.encoreRevocations ??= new RevocationList(appDb());
  return globalForRevocations.encoreRevocations;
}
