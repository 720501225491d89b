import type { QueueStore } from './queue-store';

/**
 * One beat of the background ticker: expire what timed out, draw the pre-queues of concerts whose
 * sales have opened, then admit into every free slot. Safe to run on every app instance at once:
 * draws and admission are serialised per concert in the store.
 */
export async function runQueueTick(store: QueueStore, now: Date): Promise<{ expired: number; admitted: number }> {
  const touched = await store.expireStale(now);
  for (const concertId of await store.concertsToDraw(now)) await store.draw(concertId, now);
  let admitted = 0;
  for (const concertId of await store.concertsWithFreeSlots(now)) {
    admitted += await store.admit(concertId, now);
  }
  return { expired: touched.length, admitted };
}
