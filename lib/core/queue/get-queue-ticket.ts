import type { QueueConfig } from './queue-config';
import type { QueueStore } from './queue-store';
import { describeTicket, type QueueTicket } from './queue-ticket';
import type { QueueTokenRecord } from './queue-token';

/** A poll of the waiting room: where the (live, checked) token stands now. */
export async function getQueueTicket(
  store: QueueStore,
  token: QueueTokenRecord,
  config: QueueConfig,
  now: Date,
): Promise<QueueTicket> {
  await store.touch(token, now);
  return describeTicket(store, token, config, now);
}
