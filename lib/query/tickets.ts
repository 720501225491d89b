'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Reservation } from '@/lib/query/types';
import type { CancelledSchedule, CheckIn } from '@/lib/schemas/tickets';
import { adminKeys } from './admin';
import { apiFetch } from './api-fetch';
import { reservationKeys, walletKeys } from './keys';

/**
 * Gives one of the fan's tickets back. The caller supplies the Idempotency-Key and reuses it
 * when it retries the same refund after a lost answer, so the refund is asked for once.
 */
export function useRefundTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationId, idempotencyKey }: { reservationId: string; idempotencyKey: string }) =>
      apiFetch<Reservation>(`/reservations/${reservationId}/refund`, { method: 'POST', idempotencyKey }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reservationKeys.all }),
        queryClient.invalidateQueries({ queryKey: walletKeys.all }),
      ]),
  });
}

/** An admin gives anyone's ticket back (the money goes to the ticket holder's wallet). */
export function useAdminRefund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationId, idempotencyKey }: { reservationId: string; idempotencyKey: string }) =>
      apiFetch<Reservation>(`/admin/reservations/${reservationId}/refund`, { method: 'POST', idempotencyKey }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** Calls a date off and refunds its tickets. Safe to repeat: a second call finishes the first. */
export function useCancelSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scheduleId: string) => apiFetch<CancelledSchedule>(`/admin/schedules/${scheduleId}/cancel`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** Lets a ticket in at the door. */
export function useCheckIn() {
  return useMutation({
    mutationFn: (ticketCode: string) => apiFetch<CheckIn>('/admin/check-ins', { method: 'POST', body: { ticketCode } }),
  });
}
