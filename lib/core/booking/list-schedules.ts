import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import type { Db } from '@/lib/db/client';
import { sql } from '@/lib/db/sql';

export interface ScheduleAvailability {
  id: string;
  startsAt: string;
  totalSeats: number;
  availableSeats: number;
}

/** A concert's future dates still on (not cancelled), earliest first, with how many seats are free right now. */
export async function listSchedules(
  db: Db,
  input: { token: QueueTokenRecord; concertId: string },
  now: Date,
): Promise<ScheduleAvailability[]> {
  const statements = sql(db);
  // The token's own concert exists (the token refers to it); any other is looked up, so a
  // missing one is NOT_FOUND and an existing one refuses the token, as docs/api.md orders them.
  if (input.concertId !== input.token.concertId) {
    const [concert] = await statements.query<{ id: string }>(`SELECT id::text FROM "Concert" WHERE id = $1::uuid`, [
      input.concertId,
    ]);
    if (!concert) throw new DomainError('NOT_FOUND', 'No such concert');
    assertTokenForConcert(input.token, concert.id);
  }

  // A hold past its time counts as free whether or not the sweeper has got to it.
  const rows = await statements.query<{ id: string; startsAt: Date; totalSeats: number; availableSeats: number }>(
    `SELECT s.id::text, s."startsAt",
       count(se.id)::int AS "totalSeats",
       (count(se.id) FILTER (WHERE se.status = 'AVAILABLE' OR (se.status = 'HELD' AND se."heldUntil" <= $2)))::int
         AS "availableSeats"
     FROM "Schedule" s LEFT JOIN "Seat" se ON se."scheduleId" = s.id
     WHERE s."concertId" = $1::uuid AND s."startsAt" > $2 AND s."cancelledAt" IS NULL
     GROUP BY s.id
     ORDER BY s."startsAt", s.id`,
    [input.concertId, now],
  );
  return rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }));
}
