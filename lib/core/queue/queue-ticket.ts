import type { QueueConfig } from './queue-config';
import type { QueueStore } from './queue-store';
import { effectiveStatus, type QueueTokenRecord } from './queue-token';
import type { z } from 'zod';
import type { QueueTicket as QueueTicketSchema } from '@/lib/schemas/queue';

/** The QueueTicket of docs/api.md, "Queue" (lib/schemas/queue.ts). */
export type QueueTicket = z.infer<typeof QueueTicketSchema>;

/**
 * How soon a client should poll again: often near the front, rarely far back, so a crowd of
 * pollers costs the server little; never so rarely that the token goes idle.
 */
export function pollAfterMs(position: number, config: QueueConfig): number {
  const byPosition =
    position <= 5 ? 1_000 : position <= 50 ? 2_000 : position <= 500 ? 4_000 : position <= 5_000 ? 8_000 : 15_000;
  return Math.min(byPosition, Math.floor((config.idleTimeoutSeconds * 1000) / 4));
}

/**
 * The estimated wait: the people ahead divided by the admission rate seen over the last few
 * minutes, but never slower than every slot turning over once per active TTL.
 */
export function estimateWaitSeconds(position: number, observedRate: number, activeLimit: number, config: QueueConfig) {
  const floorRate = activeLimit / config.activeTtlSeconds;
  return Math.ceil(position / Math.max(observedRate, floorRate));
}

export async function describeTicket(
  store: QueueStore,
  token: QueueTokenRecord,
  config: QueueConfig,
  now: Date,
): Promise<QueueTicket> {
  if (effectiveStatus(token, config, now) === 'ACTIVE') {
    const msLeft = token.activeUntil!.getTime() - now.getTime();
    return {
      token: token.token,
      concertId: token.concertId,
      status: 'ACTIVE',
      position: null,
      etaSeconds: null,
      pollAfterMs: Math.max(1_000, Math.min(10_000, msLeft)),
      activeUntil: token.activeUntil!.toISOString(),
    };
  }
  const position = await store.position(token);
  const pace = await store.admissionPace(token.concertId, now);
  return {
    token: token.token,
    concertId: token.concertId,
    status: 'WAITING',
    position,
    etaSeconds: estimateWaitSeconds(position, pace.perSecond, pace.activeLimit, config),
    pollAfterMs: pollAfterMs(position, config),
    activeUntil: null,
  };
}
