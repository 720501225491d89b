'use client';

import { errorCode, PASS_LOST_CODES } from './errors';
import { useQueueTicket } from './queue';
import { useQueuePass, type QueuePass } from './queue-pass';
import type { QueueTicket } from './types';

export type BookingPass =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'waiting' | 'active'; pass: QueuePass; ticket: QueueTicket; refetch: () => unknown }
  | { kind: 'lost'; code: string }
  | { kind: 'error'; error: unknown; refetch: () => unknown };

/**
 * Where the user stands with a concert's line: the stored token read against the server. Every
 * page of the booking flow starts from this and sends the user where they belong.
 */
export function useBookingPass(userId: string, concertId: string): BookingPass {
  const pass = useQueuePass(userId, concertId);
  const ticket = useQueueTicket(pass?.token);
  if (pass === undefined) return { kind: 'loading' };
  if (pass === null) return { kind: 'none' };
  const code = errorCode(ticket.error);
  if (code && PASS_LOST_CODES.includes(code)) return { kind: 'lost', code };
  // The observer's refetch is stable across renders, so pages can hand it to effects.
  const refetch = ticket.refetch;
  if (ticket.data && ticket.data.token === pass.token) {
    return { kind: ticket.data.status === 'ACTIVE' ? 'active' : 'waiting', pass, ticket: ticket.data, refetch };
  }
  if (ticket.error) return { kind: 'error', error: ticket.error, refetch };
  return { kind: 'loading' };
}
