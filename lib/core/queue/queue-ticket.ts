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
 * Before the opening: ask again when it comes (the draw follows within a second), at least every
 * quarter of the idle timeout so the place is kept, never more often than every second.
 */
export function pollBeforeOpeningMs(opensAt: Date, config: QueueConfig, now: Date): number {
  const untilOpening = opensAt.getTime() - now.getTime();
  return Math.max(1_000, Math.min(untilOpening, 15_000, Math.floor((config.idleTimeoutSeconds * 1000) / 4)));
}

/**
 * The estimated wait: the people ahead divided by the admission rate seen lately (the store's
 * admissionPace), but never slower than every slot turning over once per active TTL.
 */
export function estimateWaitSeconds(position: number, observedRate: number, activeLimit: number, config: QueueConfig) {
  const floorRate = activeLimit / config.activeTtlSeconds;
  return Math.ceil(position / Math.max(observedRate, floorRate));
}

/**
 * What a join or a poll answers. The line's state (opening, pause) comes from the store's
 * lineState, which a cached store answers from memory: a poll costs no extra round trip.
 */
export async function describeTicket(
  store: QueueStore,
  token: QueueTokenRecord,
  config: QueueConfig,
  now: Date,
  /** A place already counted (by the join that took it, in the same statement): not counted again. */
  knownPosition?: number,
): Promise<QueueTicket> {
  const line = await store.lineState(token.concertId, now);
  // A record read before the draw still has its old seq and no place: read it again.
  if (line.opensAt === null && token.status === 'WAITING' && token.seq > 0n && token.joinedPosition === null) {
    token = (await store.findRecent(token.token)) ?? token;
  }
  const common = {
    token: token.token,
    concertId: token.concertId,
    paused: line.paused,
    joinedPosition: token.joinedPosition,
  };
  if (effectiveStatus(token, config, now) === 'ACTIVE') {
    const msLeft = token.activeUntil!.getTime() - now.getTime();
    return {
      ...common,
      status: 'ACTIVE',
      position: null,
      etaSeconds: null,
      pollAfterMs: Math.max(1_000, Math.min(10_000, msLeft)),
      activeUntil: token.activeUntil!.toISOString(),
      opensAt: null,
    };
  }
  if (line.opensAt !== null) {
    // The pre-queue: no place until the draw at the opening.
    return {
      ...common,
      status: 'WAITING',
      position: null,
      etaSeconds: null,
      pollAfterMs: pollBeforeOpeningMs(line.opensAt, config, now),
      activeUntil: null,
      opensAt: line.opensAt.toISOString(),
    };
  }
  const position = knownPosition ?? (await store.position(token));
  const pace = await store.admissionPace(token.concertId, now);
  return {
    ...common,
    status: 'WAITING',
    position,
    // While paused nobody moves: no estimate is better than a wrong one.
    etaSeconds: line.paused ? null : estimateWaitSeconds(position, pace.perSecond, pace.activeLimit, config),
    pollAfterMs: pollAfterMs(position, config),
    activeUntil: null,
    opensAt: null,
  };
}
