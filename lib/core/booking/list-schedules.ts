import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import type { Tx } from '@/lib/db/client';

export interface ScheduleAvailability {
  id: string;
  startsAt: string;
  totalSeats: number;
  availableSeats: number;
}

/** A concert's future dates still on (not cancelled), earliest first, with how many seats are free right now. */
export async function listSchedules(
  db: Tx,
  input: { token: QueueTokenRecord; concertId: string },
  now: Date,
): Promise<ScheduleAvailability[]> {
  const concert = await db.concert.findUnique({ where: { id: input.concertId }, select: { id: true } });
  if (!concert) throw new DomainError('NOT_FOUND', 'No such concert');
  assertTokenForConcert(input.token, concert.id);

  // A hold past its time counts as free whether or not the sweeper has got to it.
  const rows = await db.$queryRaw<{ id: string; startsAt: Date; totalSeats: number; availableSeats: number }[]>`
    SELECT s.id, s."startsAt",
      count(se.id)::int AS "totalSeats",
      (count(se.id) FILTER (WHERE se.status = 'AVAILABLE' OR (se.status = 'HELD' AND se."heldUntil" <= ${now})))::int
        AS "availableSeats"
    FROM "Schedule" s LEFT JOIN "Seat" se ON se."scheduleId" = s.id
    WHERE s."concertId" = ${concert.id}::uuid AND s."startsAt" > ${now} AND s."cancelledAt" IS NULL
    GROUP BY s.id
    ORDER BY s."startsAt", s.id`;
  return rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }));
}
