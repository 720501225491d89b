import { DomainError } from '@/lib/core/errors';
import type { QueueConfig } from './queue-config';
import type { QueueStore } from './queue-store';
import { describeTicket, type QueueTicket } from './queue-ticket';

/**
 * Takes a place in a concert's line, or returns the place the user already has (no queue
 * jumping, no duplicate places). Before the opening the place is in the pre-queue, drawn at the
 * opening; after it, a join first makes sure the draw has happened, so it queues behind
 * everyone who came before. A newcomer to a line with free slots is admitted at once.
 */
export async function joinQueue(
  store: QueueStore,
  input: { userId: string; concertId: string },
  config: QueueConfig,
  now: Date,
): Promise<{ ticket: QueueTicket; created: boolean }> {
  if (!(await store.isOnSale(input.concertId, now))) throw new DomainError('NOT_FOUND', 'No such concert on sale');
  const { opensAt } = await store.lineState(input.concertId, now);
  if (opensAt !== null && opensAt <= now) await store.draw(input.concertId, now);

  const { token, created } = await store.join(input.userId, input.concertId, now);
  // A newcomer's place was counted by the statement that inserted it (joinedPosition), as a
  // poll would count it now: a crowd's joins are spared a second count.
  const ticket = await describeTicket(store, token, config, now, (created && token.joinedPosition) || undefined);
  // A newcomer near the front is admitted at once if a slot is free. Further back than
  // activeLimit no admission could reach it now: the crowd's joins skip the admission check,
  // and the ticker admits whoever is next within a second. The token is read again after the
  // admission whatever it admitted: joins may share one (the cached store), and an admission
  // someone else started may have admitted this newcomer already.
  if (!created || ticket.status !== 'WAITING' || ticket.position === null) return { ticket, created };
  const { activeLimit } = await store.admissionPace(input.concertId, now);
  if (ticket.position! > activeLimit) return { ticket, created };
  await store.admit(input.concertId, now);
  const current = (await store.find(token.token)) ?? token;
  return { ticket: await describeTicket(store, current, config, now), created };
}
