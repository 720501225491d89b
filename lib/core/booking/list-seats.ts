import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import type { Db } from '@/lib/db/client';
import { sql } from '@/lib/db/sql';

export interface SeatView {
  id: string;
  number: number;
  row: string;
  label: string;
  grade: string | null;
  price: number;
  status: 'AVAILABLE' | 'HELD' | 'SOLD';
}

/**
 * The seat map of one future date, by number (so row by row, front first). A date that has begun is NOT_FOUND: like
 * listSchedules, only dates on sale exist for booking.
 */
export async function listSeats(db: Db, input: { token: QueueTokenRecord; scheduleId: string }, now: Date): Promise<SeatView[]> {
  // One statement: the date's facts on every row, and no seat columns when it has no seats.
  const rows = await sql(db).query<ScheduleFacts & Partial<SeatRow>>(
    `SELECT d."concertId"::text, d."startsAt", d."cancelledAt", s.id::text, s.number, s."row", s.label, s.grade, s.price,
       s.status::text, s."heldUntil"
     FROM "Schedule" d LEFT JOIN "Seat" s ON s."scheduleId" = d.id
     WHERE d.id = $1::uuid
     ORDER BY s.number`,
    [input.scheduleId],
  );
  const schedule = rows[0];
  if (!schedule) throw new DomainError('NOT_FOUND', 'No such date');
  assertTokenForConcert(input.token, schedule.concertId);
  if (schedule.startsAt <= now) throw new DomainError('NOT_FOUND', 'This date has already begun');
  if (schedule.cancelledAt) throw new DomainError('NOT_FOUND', 'This date was cancelled');

  return (rows as (ScheduleFacts & SeatRow)[])
    .filter((row) => row.id !== null)
    .map(({ id, number, row, label, grade, price, status, heldUntil }) => ({
      id,
      number,
      row,
      label,
      grade,
      price,
      // A hold past its time reads AVAILABLE whether or not the sweeper has got to it.
      status: status === 'HELD' && heldUntil !== null && heldUntil <= now ? 'AVAILABLE' : status,
    }));
}

interface ScheduleFacts {
  concertId: string;
  startsAt: Date;
  cancelledAt: Date | null;
}

type SeatRow = SeatView & { heldUntil: Date | null };
