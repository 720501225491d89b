import type { Tx } from '@/lib/db/client';
import type { QueueConfig } from './queue-config';
import type { QueueStore } from './queue-store';
import { describeTicket, type QueueTicket } from './queue-ticket';
import type { QueueTokenRecord } from './queue-token';

/** A poll of the waiting room: where the (live, checked) token stands now. */
export async function getQueueTicket(
  db: Tx,
  store: QueueStore,
  token: QueueTokenRecord,
  config: QueueConfig,
  now: Date,
): Promise<QueueTicket> {
  await store.touch(token, now);
  const settings = await db.queueSettings.findUniqueOrThrow({
    where: { concertId: token.concertId },
    select: { activeLimit: true },
  });
  return describeTicket(store, token, settings.activeLimit, config, now);
}
