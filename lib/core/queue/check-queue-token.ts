import { DomainError } from '@/lib/core/errors';
import type { QueueConfig } from './queue-config';
import type { QueueStore } from './queue-store';
import { effectiveStatus, isWellFormedToken, type QueueTokenRecord } from './queue-token';

/**
 * The gate of every queue-gated endpoint (docs/api.md, "Check order"): the token must exist, be
 * this user's, be live, and (mode 'active') be admitted. Which concert it is for is checked by
 * the caller once it knows the resource's concert (assertTokenForConcert).
 */
export async function checkQueueToken(
  store: Pick<QueueStore, 'find' | 'findRecent'>,
  input: { token: string | null; userId: string; mode: 'active' | 'live' },
  config: QueueConfig,
  now: Date,
): Promise<QueueTokenRecord> {
  if (!input.token) throw new DomainError('QUEUE_TOKEN_MISSING', 'Send your queue token in the X-Queue-Token header');
  if (!isWellFormedToken(input.token)) throw new DomainError('QUEUE_TOKEN_INVALID', 'This is not a queue token');
  // A poll ('live') may be answered from a record a second old; a gated action never is.
  const record = input.mode === 'live' ? await store.findRecent(input.token) : await store.find(input.token);
  if (!record || record.userId !== input.userId) {
    throw new DomainError('QUEUE_TOKEN_INVALID', 'This queue token is unknown or not yours');
  }
  const status = effectiveStatus(record, config, now);
  if (status === 'EXPIRED') {
    throw new DomainError('QUEUE_TOKEN_EXPIRED', 'Your place in line has expired: join the line again');
  }
  if (status === 'WAITING' && input.mode === 'active') {
    throw new DomainError('QUEUE_TOKEN_WAITING', 'You are still waiting in line');
  }
  return record;
}

export function assertTokenForConcert(token: QueueTokenRecord, concertId: string) {
  if (token.concertId !== concertId) {
    throw new DomainError('QUEUE_TOKEN_INVALID', 'This queue token is for another concert');
  }
}
