import type { QueueStore } from './queue-store';

/**
 * One beat of the background ticker: expire what timed out, then admit into every free slot.
 * Safe to run on every app instance at once: admission is serialised per concert in the store.
 */
export async function runQueueTick(store: QueueStore, now: Date): Promise<{ expired: number; admitted: number }> {
  const touched = await store.expireStale(now);
  let admitted = 0;
  for (const concertId of await store.concertsWithFreeSlots(now)) {
    admitted += await store.admit(concertId, now);
  }
  return { expired: touched.length, admitted };
}
