import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import type { QueueStore } from './queue-store';

/** Changes a concert's activeLimit or pauses it; a raised limit or a resume admits at once. */
export async function updateQueueSettings(
  db: Tx,
  store: QueueStore,
  input: { concertId: string; activeLimit?: number; paused?: boolean },
  now: Date,
): Promise<{ activeLimit: number; paused: boolean }> {
  const { count } = await db.queueSettings.updateMany({
    where: { concertId: input.concertId },
    data: { activeLimit: input.activeLimit, paused: input.paused },
  });
  if (count === 0) throw new DomainError('NOT_FOUND', 'No such concert');
  await store.admit(input.concertId, now);
  const settings = await db.queueSettings.findUniqueOrThrow({ where: { concertId: input.concertId } });
  return { activeLimit: settings.activeLimit, paused: settings.paused };
}
