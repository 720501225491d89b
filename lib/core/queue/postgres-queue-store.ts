import { DomainError } from '@/lib/core/errors';
import type { Db } from '@/lib/db/client';
import { sql, type Sql } from '@/lib/db/sql';
import { admitNext } from './admit-next';
import type { KnownLine, WaitingLine } from './cached-queue-store';
import { drawPreQueue } from './draw-pre-queue';
import type { QueueConfig } from './queue-config';
import type { HistoryWindow, LineState, QueueFigures, QueueStore } from './queue-store';
import { effectiveStatus, newToken, type QueueTokenRecord } from './queue-token';
import { parseSeqList } from './seq-list';
import { TouchBatch, type Touch } from './touch-batch';

const RATE_WINDOW_SECONDS = 300;

/**
 * Whether anyone waits in the line of the concert `q`, asked of the line's own index: the first
 * place in line, in seq order. (As an EXISTS the planner may read the whole table instead,
 * expecting a match soon; for a line with nobody waiting that is every token of every concert,
 * 20 ms with 120,000 tokens.) An idle token not yet swept counts; admission skips it.
 */
export const SOMEONE_WAITS = `(SELECT w.seq FROM "QueueToken" w WHERE w."concertId" = q."concertId" AND w.status = 'WAITING'
  ORDER BY w.seq LIMIT 1) IS NOT NULL`;

/** A token's columns by name: a prepared statement's answer keeps its shape when a column is added. */
const TOKEN_COLUMNS = `id, token, seq, "userId", "concertId", status, "createdAt", "lastSeenAt", "activatedAt", "activeUntil",
  "expiredAt", "joinedPosition"`;

/**
 * A join's INSERT. The CTE takes the line's order lock; the seq is drawn in the projection above
 * the join that reads it (OFFSET 0 keeps the subquery, and so nextval, from being pulled apart),
 * so the lock is held before the seq exists. $5 waiting and $6 the sequence's value at the
 * snapshot: the place is $5 plus the seqs handed out since.
 */
const JOIN_AFTER_SNAPSHOT = `WITH ordered AS MATERIALIZED (SELECT share_line_order($3::uuid))
  INSERT INTO "QueueToken" (seq, token, "userId", "concertId", status, "createdAt", "lastSeenAt", "joinedPosition")
  SELECT n.seq, $1, $2::uuid, $3::uuid, 'WAITING', $4, $4, CASE WHEN n.drawn THEN $5::int + (n.seq - $6::bigint)::int END
  FROM (SELECT nextval('"QueueToken_seq_seq"') AS seq, q."drawnAt" IS NOT NULL AS drawn
        FROM ordered, "QueueSettings" q WHERE q."concertId" = $3::uuid OFFSET 0) n
  ON CONFLICT ("userId", "concertId") WHERE status IN ('WAITING', 'ACTIVE') DO NOTHING
  RETURNING ${TOKEN_COLUMNS}`;

/** The same with no snapshot: the place is counted, the whole line (the seq is the column's default, drawn after the lock). */
const JOIN_COUNTING_THE_LINE = `WITH ordered AS MATERIALIZED (SELECT share_line_order($3::uuid))
  INSERT INTO "QueueToken" (token, "userId", "concertId", status, "createdAt", "lastSeenAt", "joinedPosition")
  SELECT $1, $2::uuid, $3::uuid, 'WAITING', $4, $4, CASE WHEN q."drawnAt" IS NOT NULL THEN 1 + (
    SELECT count(*)::int FROM "QueueToken" w WHERE w."concertId" = $3::uuid AND w.status = 'WAITING') END
  FROM ordered, "QueueSettings" q WHERE q."concertId" = $3::uuid
  ON CONFLICT ("userId", "concertId") WHERE status IN ('WAITING', 'ACTIVE') DO NOTHING
  RETURNING ${TOKEN_COLUMNS}`;

type TokenRow = Omit<QueueTokenRecord, 'seq'> & { seq: string };
// pg reads bigint as text; a token's seq is a bigint.
const toRecord = (row: TokenRow): QueueTokenRecord => ({ ...row, seq: BigInt(row.seq) });

/** The line in PostgreSQL: see queue-store.ts for the contract, the migration for the indexes. */
export class PostgresQueueStore implements QueueStore, WaitingLine {
  private readonly touches: TouchBatch | null;
  /** The statements every poll or join sends go straight over pg (decision 012); the rest through Prisma. */
  private readonly sql: Sql;

  /**
   * `touchBatchMs` > 0: polls' lastSeenAt writes are gathered that long into one statement;
   * `onTouchError` hears of a batch that could not be written.
   */
  constructor(
    private readonly db: Db,
    private readonly config: QueueConfig,
    options: { touchBatchMs?: number; onTouchError?: (error: unknown) => void } = {},
  ) {
    this.sql = sql(db);
    this.touches = options.touchBatchMs
      ? new TouchBatch((touches) => this.writeTouches(touches), options.touchBatchMs, options.onTouchError)
      : null;
  }

  private idleCutoff(now: Date) {
    return new Date(now.getTime() - this.config.idleTimeoutSeconds * 1000);
  }

  async isOnSale(concertId: string, now: Date) {
    const rows = await this.sql.query<{ onSale: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM "QueueSettings" q JOIN "Schedule" s ON s."concertId" = q."concertId"
         WHERE q."concertId" = $1::uuid AND s."startsAt" > $2 AND s."cancelledAt" IS NULL) AS "onSale"`,
      [concertId, now],
    );
    return rows[0].onSale;
  }

  /**
   * `known`: the line as the caller last read it (CachedQueueStore's snapshot). A newcomer's place
   * is then that count plus the seqs the sequence handed out since, its own included: every
   * newcomer ahead drew one of them, so nobody who joined since is left out, and the statement
   * counts nothing (decision 014). Without it, the place is a count of the whole line (a short one).
   */
  async join(userId: string, concertId: string, now: Date, known?: KnownLine) {
    // Insert first: in a crowd nearly every join is a newcomer's, and this is its one statement.
    // The partial unique index decides a race between joins of one user: the losers insert
    // nothing and read the winner's token. The place taken is found in the same statement;
    // before the draw there is none yet (the draw gives it). The line's order lock, shared, is
    // taken before the seq is drawn and held until the commit: admission and the draw never read
    // the line while a lower seq is still on its way in (decision 013).
    for (let attempt = 0; attempt < 3; attempt++) {
      const rows = known
        ? await this.sql.query<TokenRow>(JOIN_AFTER_SNAPSHOT, [
            newToken(),
            userId,
            concertId,
            now,
            known.waiting,
            String(known.sequenceAt),
          ])
        : await this.sql.query<TokenRow>(JOIN_COUNTING_THE_LINE, [newToken(), userId, concertId, now]);
      if (rows[0]) return { token: toRecord(rows[0]), created: true };
      const existing = await this.db.queueToken.findFirst({
        where: { userId, concertId, status: { in: ['WAITING', 'ACTIVE'] } },
      });
      if (existing && effectiveStatus(existing, this.config, now) !== 'EXPIRED') {
        await this.touch(existing, now);
        return { token: existing, created: false };
      }
      if (existing) {
        // Timed out but not swept yet: it must leave before the user can take a new place.
        await this.db.queueToken.updateMany({
          where: { id: existing.id, status: existing.status },
          data: { status: 'EXPIRED', expiredAt: now },
        });
      }
    }
    throw new Error(`Could not take a place in line for user ${userId}: the live token kept changing`);
  }

  async find(token: string) {
    const rows = await this.sql.query<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM "QueueToken" WHERE token = $1`, [token]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async findAll(tokens: string[]) {
    const rows = await this.sql.query<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM "QueueToken" WHERE token = ANY($1::text[])`, [
      tokens,
    ]);
    return rows.map(toRecord);
  }

  findRecent(token: string) {
    return this.find(token);
  }

  async position(token: QueueTokenRecord) {
    // An index-only count over "QueueToken_waiting_line". Idle tokens not yet swept still
    // count; the ticker sweeps them within a second.
    const rows = await this.sql.query<{ ahead: number }>(
      `SELECT count(*)::int AS ahead FROM "QueueToken" WHERE "concertId" = $1::uuid AND status = 'WAITING' AND seq < $2`,
      [token.concertId, String(token.seq)],
    );
    return rows[0].ahead + 1;
  }

  async lineState(concertId: string): Promise<LineState> {
    const rows = await this.sql.query<LineState>(
      `SELECT CASE WHEN q."drawnAt" IS NULL THEN c."salesOpenAt" END AS "opensAt", q.paused
       FROM "QueueSettings" q JOIN "Concert" c ON c.id = q."concertId" WHERE q."concertId" = $1::uuid`,
      [concertId],
    );
    return rows[0] ?? { opensAt: null, paused: false };
  }

  draw(concertId: string, now: Date) {
    return drawPreQueue(this.db, concertId, this.config, now);
  }

  async concertsToDraw(now: Date) {
    const rows = await this.sql.query<{ concertId: string }>(
      `SELECT q."concertId"::text AS "concertId" FROM "QueueSettings" q JOIN "Concert" c ON c.id = q."concertId"
       WHERE q."drawnAt" IS NULL AND c."salesOpenAt" <= $1`,
      [now],
    );
    return rows.map((row) => row.concertId);
  }

  async waitingLine(concertId: string) {
    // One row with the whole line as text: parsing 100,000 numbers from one string is far
    // cheaper than 100,000 rows of bigints. The line's state comes in the same read, so a
    // snapshot never pairs a drawn line with the seqs from before the draw.
    // With the line, the sequence's value: the last seq handed out (is_called false: none yet, so
    // the one before last_value). A join in flight at this moment, its seq drawn but not committed,
    // is in neither; newcomers after it are told a place one short until their next poll (as when
    // they were counted: decision 014).
    const rows = await this.sql.query<LineState & { seqs: string | null; sequenceAt: string }>(
      `WITH sequence AS MATERIALIZED (
         SELECT (CASE WHEN is_called THEN last_value ELSE last_value - 1 END)::text AS at FROM "QueueToken_seq_seq")
       SELECT CASE WHEN q."drawnAt" IS NULL THEN c."salesOpenAt" END AS "opensAt", q.paused,
         (SELECT string_agg(seq::text, ',' ORDER BY seq) FROM "QueueToken"
          WHERE "concertId" = q."concertId" AND status = 'WAITING') AS seqs, sequence.at AS "sequenceAt"
       FROM sequence, "QueueSettings" q JOIN "Concert" c ON c.id = q."concertId" WHERE q."concertId" = $1::uuid`,
      [concertId],
    );
    if (!rows[0]) return { seqs: new Float64Array(0), state: { opensAt: null, paused: false }, sequenceAt: 0n };
    const { seqs, sequenceAt, ...state } = rows[0];
    return {
      seqs: parseSeqList(seqs ?? ''),
      state,
      sequenceAt: BigInt(sequenceAt),
    };
  }

  async countWaitingBetween(concertId: string, after: bigint, before: bigint) {
    const rows = await this.sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "QueueToken"
       WHERE "concertId" = $1::uuid AND status = 'WAITING' AND seq > $2 AND seq < $3`,
      [concertId, String(after), String(before)],
    );
    return rows[0].count;
  }

  async touch(token: QueueTokenRecord, now: Date) {
    // Refresh only when a quarter of the idle timeout (at most 10 s) has passed.
    const staleAfterMs = Math.min(10_000, (this.config.idleTimeoutSeconds * 1000) / 4);
    if (token.status !== 'WAITING' || now.getTime() - token.lastSeenAt.getTime() < staleAfterMs) return;
    if (this.touches) this.touches.add(token.id, now);
    else await this.writeTouches([{ tokenId: token.id, at: now }]);
    // The record may be a cached one (CachedQueueStore): it now says when it was last seen, so
    // the next polls within staleAfterMs write nothing.
    token.lastSeenAt = now;
  }

  /** Writes the touches gathered so far (tests; a batch otherwise goes by itself). */
  async flushTouches() {
    await this.touches?.flush();
  }

  private async writeTouches(touches: Touch[]) {
    // Never moves lastSeenAt back, nor touches a token that has left WAITING meanwhile. A row
    // that admission or the draw has locked is skipped rather than waited for: a batch of
    // touches must never hold rows those need (a deadlock), and a skipped touch is written
    // again by the token's next poll, long before it could go idle.
    await this.sql.query(
      `WITH v AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at)),
       due AS (
         SELECT t.id, v.at FROM "QueueToken" t JOIN v ON v.id = t.id
         WHERE t.status = 'WAITING' AND t."lastSeenAt" < v.at
         FOR NO KEY UPDATE OF t SKIP LOCKED)
       UPDATE "QueueToken" t SET "lastSeenAt" = due.at FROM due WHERE t.id = due.id`,
      [touches.map((touch) => touch.tokenId), touches.map((touch) => touch.at.toISOString())],
    );
  }

  async admit(concertId: string, now: Date) {
    // In a flash crowd nearly every join meets a full line, and in a short line a payment
    // frees a slot nobody waits for. A look without the lock spares those the concert's
    // admission lock, which would otherwise queue them all one behind another. A slot freed or
    // a fan come just after the look is seen by the ticker's next beat.
    const rows = await this.sql.query<{ free: boolean }>(
      `SELECT coalesce(bool_and(NOT q.paused AND q."drawnAt" IS NOT NULL AND ${SOMEONE_WAITS}
         AND (SELECT count(*) FROM "QueueToken" t
           WHERE t."concertId" = q."concertId" AND t.status = 'ACTIVE' AND t."activeUntil" > $2) < q."activeLimit"), false) AS free
       FROM "QueueSettings" q WHERE q."concertId" = $1::uuid`,
      [concertId, now],
    );
    return rows[0].free ? admitNext(this.db, concertId, this.config, now) : 0;
  }

  async expireStale(now: Date) {
    const rows = await this.db.$queryRaw<{ concertId: string }[]>`
      WITH expired AS (
        UPDATE "QueueToken" SET status = 'EXPIRED', "expiredAt" = ${now}
        WHERE (status = 'ACTIVE' AND "activeUntil" <= ${now})
           OR (status = 'WAITING' AND "lastSeenAt" <= ${this.idleCutoff(now)})
        RETURNING "concertId"
      )
      SELECT DISTINCT "concertId"::text AS "concertId" FROM expired`;
    return rows.map((row) => row.concertId);
  }

  async concertsWithFreeSlots(now: Date) {
    const rows = await this.sql.query<{ concertId: string }>(
      `SELECT q."concertId"::text AS "concertId" FROM "QueueSettings" q
       WHERE NOT q.paused AND q."drawnAt" IS NOT NULL
         AND ${SOMEONE_WAITS}
         AND (SELECT count(*) FROM "QueueToken" t
              WHERE t."concertId" = q."concertId" AND t.status = 'ACTIVE' AND t."activeUntil" > $1) < q."activeLimit"`,
      [now],
    );
    return rows.map((row) => row.concertId);
  }

  async admissionPace(concertId: string, now: Date) {
    // The admissions after the first one of the window, over the time since it: a line that
    // started moving a minute ago moves at its pace of that minute, not a fifth of it. The
    // first admission only marks the start (it is often the burst that fills every slot at once).
    const since = new Date(now.getTime() - RATE_WINDOW_SECONDS * 1000);
    const [row] = await this.db.$queryRaw<{ activeLimit: number; first: Date | null; admitted: number }[]>`
      SELECT q."activeLimit", w.first,
        (SELECT count(*)::int FROM "QueueToken" t
          WHERE t."concertId" = q."concertId" AND t."activatedAt" > w.first AND t."activatedAt" <= ${now}) AS admitted
      FROM "QueueSettings" q,
        LATERAL (SELECT min(t."activatedAt") AS first FROM "QueueToken" t
                 WHERE t."concertId" = q."concertId" AND t."activatedAt" > ${since} AND t."activatedAt" <= ${now}) w
      WHERE q."concertId" = ${concertId}::uuid`;
    if (!row) throw new Error(`No queue settings for concert ${concertId}`);
    const seconds = row.first ? (now.getTime() - row.first.getTime()) / 1000 : 0;
    return { perSecond: seconds > 0 ? row.admitted / seconds : 0, activeLimit: row.activeLimit };
  }

  async figures(now: Date): Promise<QueueFigures[]> {
    const idleCutoff = this.idleCutoff(now);
    const minuteAgo = new Date(now.getTime() - 60_000);
    const rows = await this.db.$queryRaw<(Omit<QueueFigures, 'oldestWaitSeconds'> & { oldestJoinedAt: Date | null })[]>`
      SELECT c.id::text AS "concertId", c.title, q."activeLimit", q.paused,
        (SELECT count(*)::int FROM "QueueToken" t
          WHERE t."concertId" = c.id AND t.status = 'WAITING' AND t."lastSeenAt" > ${idleCutoff}) AS waiting,
        (SELECT count(*)::int FROM "QueueToken" t
          WHERE t."concertId" = c.id AND t.status = 'ACTIVE' AND t."activeUntil" > ${now}) AS active,
        (SELECT count(*)::int FROM "QueueToken" t
          WHERE t."concertId" = c.id AND t."activatedAt" > ${minuteAgo} AND t."activatedAt" <= ${now}) AS "admittedLastMinute",
        (SELECT min(t."createdAt") FROM "QueueToken" t
          WHERE t."concertId" = c.id AND t.status = 'WAITING' AND t."lastSeenAt" > ${idleCutoff}) AS "oldestJoinedAt"
      FROM "Concert" c JOIN "QueueSettings" q ON q."concertId" = c.id
      ORDER BY c."createdAt", c.id`;
    return rows.map(({ oldestJoinedAt, ...row }) => ({
      ...row,
      oldestWaitSeconds: oldestJoinedAt ? Math.max(0, Math.floor((now.getTime() - oldestJoinedAt.getTime()) / 1000)) : 0,
    }));
  }

  async history(concertId: string, { stepSeconds, count }: HistoryWindow, now: Date) {
    // Only tokens that were in the line, or admitted, at some point of the window matter.
    const windowStart = new Date(now.getTime() - count * stepSeconds * 1000);
    const rows = await this.db.$queryRaw<{ at: Date; waiting: number; active: number; admitted: number }[]>`
      WITH points AS (
        SELECT ${now}::timestamptz - make_interval(secs => ${stepSeconds}::float8 * g) AS at
        FROM generate_series(0, ${count - 1}::int) AS g
      ), tokens AS (
        SELECT "createdAt", "activatedAt", "activeUntil", "expiredAt" FROM "QueueToken"
        WHERE "concertId" = ${concertId}::uuid
          AND "createdAt" <= ${now}
          AND ("expiredAt" IS NULL OR "expiredAt" > ${windowStart})
      )
      SELECT p.at,
        count(t."createdAt") FILTER (
          WHERE t."createdAt" <= p.at
            AND (t."activatedAt" IS NULL OR t."activatedAt" > p.at)
            AND (t."expiredAt" IS NULL OR t."expiredAt" > p.at))::int AS waiting,
        count(t."createdAt") FILTER (
          WHERE t."activatedAt" <= p.at
            AND t."activeUntil" > p.at
            AND (t."expiredAt" IS NULL OR t."expiredAt" > p.at))::int AS active,
        count(t."createdAt") FILTER (
          WHERE t."activatedAt" > p.at - make_interval(secs => ${stepSeconds}::float8)
            AND t."activatedAt" <= p.at)::int AS admitted
      FROM points p LEFT JOIN tokens t ON true
      GROUP BY p.at
      ORDER BY p.at`;
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }

  async endInTransaction(tx: Sql, tokenId: string, now: Date) {
    // The WHERE clause is the check: a token that timed out or was ended meanwhile fails the
    // caller's whole transaction.
    const ended = await tx.query(
      `UPDATE "QueueToken" SET status = 'EXPIRED', "expiredAt" = $1
       WHERE id = $2::uuid AND status = 'ACTIVE' AND "activeUntil" > $1 RETURNING id`,
      [now, tokenId],
    );
    if (ended.length === 0) {
      throw new DomainError('QUEUE_TOKEN_EXPIRED', 'Your pass ran out before the payment: join the line again');
    }
  }
}
