import { DomainError } from '@/lib/core/errors';
import type { QueueStore } from '@/lib/core/queue/queue-store';
import type { Db } from '@/lib/db/client';
import type { QueueHistory } from '@/lib/schemas/admin-console';

export interface QueueHistoryInput {
  concertId: string;
  minutes: number;
  stepSeconds: number;
}

/**
 * A concert's line over the last `minutes`, one point every `stepSeconds`, the last at `now`,
 * as the queue store derives it (QueueStore.history): from the tokens' own timestamps, so it
 * needs no sampling job and covers any window the tokens still exist for.
 */
export async function getQueueHistory(db: Db, store: QueueStore, input: QueueHistoryInput, now: Date): Promise<QueueHistory> {
  const concert = await db.concert.findUnique({ where: { id: input.concertId }, select: { id: true } });
  if (!concert) throw new DomainError('NOT_FOUND', 'No such concert');

  const count = Math.max(1, Math.floor((input.minutes * 60) / input.stepSeconds));
  const points = await store.history(input.concertId, { stepSeconds: input.stepSeconds, count }, now);
  return { concertId: input.concertId, stepSeconds: input.stepSeconds, points };
}
