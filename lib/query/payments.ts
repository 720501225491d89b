'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { invalidateBooking } from './booking';
import { walletKeys } from './keys';
import type { PaymentResult } from './types';

export interface PayInput {
  reservationIds: string[];
  token: string;
  /** One key per payment attempt, sent again unchanged when that attempt is retried. */
  idempotencyKey: string;
}

/** Pays held seats from the wallet; the queue pass is used up by it. */
export function usePay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationIds, token, idempotencyKey }: PayInput) =>
      apiFetch<PaymentResult>('/payments', {
        method: 'POST',
        body: { reservationIds },
        queueToken: token,
        idempotencyKey,
      }),
    onSuccess: (payment) => queryClient.setQueryData(walletKeys.balance(), { balance: payment.balance }),
    // The queue ticket is left alone: the page that paid moves on and forgets the used-up pass.
    onSettled: () => Promise.all([invalidateBooking(queryClient), queryClient.invalidateQueries({ queryKey: walletKeys.all })]),
  });
}
