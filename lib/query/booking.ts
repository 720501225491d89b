'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch } from './api-fetch';
import { isRetryable } from './errors';
import { concertKeys, reservationKeys, seatKeys } from './keys';
import type { Reservation, Schedule, Seat } from './types';

const retry = (failures: number, error: unknown) => isRetryable(error) && failures < 2;

/** The concert's future dates with seats left (needs an admitted queue token). */
export function useSchedules(concertId: string, token: string | null | undefined) {
  return useQuery({
    queryKey: concertKeys.schedules(concertId),
    queryFn: () => apiFetch<Schedule[]>(`/concerts/${concertId}/schedules`, { queueToken: token }),
    enabled: Boolean(token),
    refetchInterval: 15_000,
    retry,
  });
}

/** A date's seat map. Polled, so seats others take turn grey without a reload. */
export function useSeats(scheduleId: string | null, token: string | null | undefined) {
  return useQuery({
    queryKey: seatKeys.bySchedule(scheduleId ?? ''),
    queryFn: () => apiFetch<Seat[]>(`/schedules/${scheduleId}/seats`, { queueToken: token }),
    enabled: Boolean(scheduleId && token),
    refetchInterval: 5_000,
    retry,
  });
}

/** The signed-in user's reservations, newest first. */
export function useReservations(options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: reservationKeys.list(),
    queryFn: () => apiFetch<Reservation[]>('/reservations'),
    staleTime: 0,
    refetchInterval: options.refetchInterval,
    retry,
  });
}

export interface HoldOutcome {
  held: Reservation[];
  refused: { seat: Seat; error: ApiError }[];
}

/**
 * Holds seats one request each, in seat order. A seat someone else took does not stop the rest;
 * a refusal that would refuse every later seat too (hold limit, lost pass) does.
 */
export function useHoldSeats(token: string | null | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (seats: Seat[]): Promise<HoldOutcome> => {
      const outcome: HoldOutcome = { held: [], refused: [] };
      for (const seat of [...seats].sort((a, b) => a.number - b.number)) {
        try {
          const reservation = await apiFetch<Reservation>('/reservations', {
            method: 'POST',
            body: { seatId: seat.id },
            queueToken: token,
          });
          outcome.held.push(reservation);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          outcome.refused.push({ seat, error });
          if (error.code !== 'SEAT_UNAVAILABLE') break;
        }
      }
      return outcome;
    },
    onSettled: () => invalidateBooking(queryClient),
  });
}

/** Gives a held seat back before its hold runs out. */
export function useReleaseHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationId: string) => apiFetch<Reservation>(`/reservations/${reservationId}`, { method: 'DELETE' }),
    onSettled: () => invalidateBooking(queryClient),
  });
}

export function invalidateBooking(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reservationKeys.all }),
    queryClient.invalidateQueries({ queryKey: seatKeys.all }),
    queryClient.invalidateQueries({ queryKey: concertKeys.all }),
  ]);
}
