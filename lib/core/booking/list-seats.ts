import { DomainError } from '@/lib/core/errors';
import { assertTokenForConcert } from '@/lib/core/queue/check-queue-token';
import type { QueueTokenRecord } from '@/lib/core/queue/queue-token';
import type { Tx } from '@/lib/db/client';

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
export async function listSeats(db: Tx, input: { token: QueueTokenRecord; scheduleId: string }, now: Date): Promise<SeatView[]> {
  const schedule = await db.schedule.findUnique({
    where: { id: input.scheduleId },
    select: { concertId: true, startsAt: true, cancelledAt: true },
  });
  if (!schedule) throw new DomainError('NOT_FOUND', 'No such date');
  assertTokenForConcert(input.token, schedule.concertId);
  if (schedule.startsAt <= now) throw new DomainError('NOT_FOUND', 'This date has already begun');
  if (schedule.cancelledAt) throw new DomainError('NOT_FOUND', 'This date was cancelled');

  const seats = await db.seat.findMany({
    where: { scheduleId: input.scheduleId },
    orderBy: { number: 'asc' },
    select: { id: true, number: true, row: true, label: true, grade: true, price: true, status: true, heldUntil: true },
  });
  return seats.map(({ heldUntil, ...seat }) => ({
    ...seat,
    // A hold past its time reads AVAILABLE whether or not the sweeper has got to it.
    status: seat.status === 'HELD' && heldUntil !== null && heldUntil <= now ? 'AVAILABLE' : seat.status,
  }));
}
