'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminReservation,
  AdminReservationFilter,
  AdminSeat,
  QueueFiguresView,
  QueueHistory,
  SalesTotals,
} from '@/lib/schemas/admin-console';
import type { CreatedConcert } from '@/lib/schemas/admin';
import { apiFetch } from './api-fetch';
import { isRetryable } from './errors';

/** The admin console's cache entries; adminKeys.all covers every one of them. */
export const adminKeys = {
  all: ['admin'] as const,
  queues: () => [...adminKeys.all, 'queues'] as const,
  queueHistory: (concertId: string) => [...adminKeys.all, 'queues', concertId, 'history'] as const,
  sales: () => [...adminKeys.all, 'sales'] as const,
  reservations: (filter: AdminReservationFilter) => [...adminKeys.all, 'reservations', filter] as const,
  seats: (scheduleId: string) => [...adminKeys.all, 'seats', scheduleId] as const,
};

/** How often the console refreshes what changes by the second during a sale. */
export const LIVE_MS = 2_000;
const SLOWER_MS = 5_000;

const retry = (failures: number, error: unknown) => isRetryable(error) && failures < 2;
// A failed refresh keeps the last good data on screen (TanStack Query keeps it with the error).
const live = { staleTime: 0, retry };

function query(filter: AdminReservationFilter) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function useQueueFigures() {
  return useQuery({
    queryKey: adminKeys.queues(),
    queryFn: () => apiFetch<QueueFiguresView[]>('/admin/queues'),
    refetchInterval: LIVE_MS,
    ...live,
  });
}

/** The last 15 minutes in 30 s steps: a new point every 30 s, so a slower poll keeps up. */
export function useQueueHistory(concertId: string | null) {
  return useQuery({
    queryKey: adminKeys.queueHistory(concertId ?? ''),
    queryFn: () => apiFetch<QueueHistory>(`/admin/queues/${concertId}/history?minutes=15&stepSeconds=30`),
    enabled: Boolean(concertId),
    refetchInterval: SLOWER_MS,
    ...live,
  });
}

/** The API validates the change: a limit the admin left empty goes as null and comes back as a 400. */
export function useUpdateQueueSettings(concertId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { activeLimit?: number | null; paused?: boolean }) =>
      apiFetch<{ activeLimit: number; paused: boolean }>(`/admin/concerts/${concertId}/queue`, {
        method: 'PATCH',
        body: change,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.queues() }),
  });
}

/** Every concert and date with its sales; also the console's list of concerts and dates. */
export function useSales() {
  return useQuery({
    queryKey: adminKeys.sales(),
    queryFn: () => apiFetch<SalesTotals>('/admin/sales'),
    refetchInterval: SLOWER_MS,
    ...live,
  });
}

export function useAdminReservations(filter: AdminReservationFilter) {
  return useQuery({
    queryKey: adminKeys.reservations(filter),
    queryFn: () => apiFetch<{ items: AdminReservation[] }>(`/admin/reservations${query(filter)}`),
    refetchInterval: SLOWER_MS,
    ...live,
  });
}

export function useAdminSeatMap(scheduleId: string | null) {
  return useQuery({
    queryKey: adminKeys.seats(scheduleId ?? ''),
    queryFn: () => apiFetch<AdminSeat[]>(`/admin/schedules/${scheduleId}/seats`),
    enabled: Boolean(scheduleId),
    refetchInterval: LIVE_MS,
    ...live,
  });
}

export function useCreateConcert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => apiFetch<CreatedConcert>('/admin/concerts', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}
