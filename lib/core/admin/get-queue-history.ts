import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import type { QueueHistory } from '@/lib/schemas/admin-console';

export interface QueueHistoryInput {
  concertId: string;
  minutes: number;
  stepSeconds: number;
}

/**
 * A concert's line over the last `minutes`, one point every `stepSeconds`, the last at `now`.
 * Derived from the tokens' own timestamps, so it needs no sampling job and covers any window
 * the tokens still exist for. At each point `at`:
 * - waiting: joined at or before `at`, and neither admitted nor expired by then;
 * - active: admitted at or before `at`, and neither ended nor timed out by then;
 * - admitted: admissions in the step that ends at `at`.
 */
export async function getQueueHistory(db: Tx, input: QueueHistoryInput, now: Date): Promise<QueueHistory> {
  const concert = await db.concert.findUnique({ where: { id: input.concertId }, select: { id: true } });
  if (!concert) throw new DomainError('NOT_FOUND', 'No such concert');

  const count = Math.max(1, Math.floor((input.minutes * 60) / input.stepSeconds));
  const stepMs = input.stepSeconds * 1000;
  const first = new Date(now.getTime() - (count - 1) * stepMs);
  // Only tokens that were in the line, or admitted, at some point of the window matter.
  const windowStart = new Date(first.getTime() - stepMs);
  const rows = await db.$queryRaw<{ at: Date; waiting: number; active: number; admitted: number }[]>`
    WITH points AS (
      SELECT ${now}::timestamptz - make_interval(secs => ${input.stepSeconds}::float8 * g) AS at
      FROM generate_series(0, ${count - 1}::int) AS g
    ), tokens AS (
      SELECT "createdAt", "activatedAt", "activeUntil", "expiredAt" FROM "QueueToken"
      WHERE "concertId" = ${input.concertId}::uuid
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
        WHERE t."activatedAt" > p.at - make_interval(secs => ${input.stepSeconds}::float8)
          AND t."activatedAt" <= p.at)::int AS admitted
    FROM points p LEFT JOIN tokens t ON true
    GROUP BY p.at
    ORDER BY p.at`;

  return {
    concertId: input.concertId,
    stepSeconds: input.stepSeconds,
    points: rows.map((row) => ({
      at: row.at.toISOString(),
      waiting: row.waiting,
      active: row.active,
      admitted: row.admitted,
    })),
  };
}
