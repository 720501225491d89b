import { randomBytes } from 'node:crypto';
import type { QueueToken } from '@/lib/db/generated/client';
import { addSeconds } from '@/lib/core/time/clock';
import type { QueueConfig } from './queue-config';

export type QueueTokenRecord = QueueToken;
export type LiveStatus = 'WAITING' | 'ACTIVE' | 'EXPIRED';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url: unguessable, and opaque to clients. */
export const newToken = () => randomBytes(32).toString('base64url');
export const isWellFormedToken = (token: string) => TOKEN_PATTERN.test(token);

/**
 * What a token is at `now`, whatever the sweeper has got round to: an ACTIVE token past its
 * time and a WAITING token nobody has polled for the idle timeout are expired already.
 */
export function effectiveStatus(
  token: Pick<QueueToken, 'status' | 'activeUntil' | 'lastSeenAt'>,
  config: QueueConfig,
  now: Date,
): LiveStatus {
  if (token.status === 'EXPIRED') return 'EXPIRED';
  if (token.status === 'ACTIVE') return token.activeUntil && token.activeUntil > now ? 'ACTIVE' : 'EXPIRED';
  return addSeconds(token.lastSeenAt, config.idleTimeoutSeconds) > now ? 'WAITING' : 'EXPIRED';
}
