'use client';

import { useQuery } from '@tanstack/react-query';
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
