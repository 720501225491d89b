'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminConcert } from '@/lib/schemas/concerts';
import { apiFetch } from './api-fetch';
import { concertKeys } from './keys';
import type { ConcertSummary } from './types';

/** Concerts on sale (public); pages use it to name the concert of a ticket. */
export function useConcerts() {
  return useQuery({
    queryKey: concertKeys.list(),
    queryFn: () => apiFetch<ConcertSummary[]>('/concerts'),
    staleTime: 60_000,
  });
}

/**
 * An admin changes a concert (PATCH /api/v1/admin/concerts/{concertId}). The API validates the
 * change; its 400 answers name the field.
 */
export function useUpdateConcert(concertId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Record<string, unknown>) =>
      apiFetch<AdminConcert>(`/admin/concerts/${concertId}`, { method: 'PATCH', body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: concertKeys.all }),
  });
}
