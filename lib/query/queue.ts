'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { isRetryable } from './errors';
import { queueKeys } from './keys';
import { writeQueuePass } from './queue-pass';
import type { QueueTicket } from './types';

const DEFAULT_POLL_MS = 2_000;

/**
 * Joins a concert's line (or gets back the live token the user already holds: the server
 * answers 200 with it) and keeps the token for this user and concert.
 */
export function useJoinQueue(userId: string, concertId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<QueueTicket>('/queue/tokens', { method: 'POST', body: { concertId } }),
    onSuccess: (ticket) => {
      queryClient.setQueryData(queueKeys.ticket(ticket.token), ticket);
      writeQueuePass(userId, concertId, { token: ticket.token });
    },
  });
}

/** The token's place in line, polled as often as the server asks (pollAfterMs of the last answer). */
export function useQueueTicket(token: string | null | undefined) {
  return useQuery({
    queryKey: queueKeys.ticket(token ?? ''),
    queryFn: () => apiFetch<QueueTicket>('/queue/tokens/current', { queueToken: token }),
    enabled: Boolean(token),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.error && !isRetryable(query.state.error) ? false : (query.state.data?.pollAfterMs ?? DEFAULT_POLL_MS),
    // A waiting token that is not polled leaves the line, so keep polling in a background tab.
    refetchIntervalInBackground: true,
    retry: (failures, error) => isRetryable(error) && failures < 3,
  });
}
