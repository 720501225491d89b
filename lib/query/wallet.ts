'use client';

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { walletKeys } from './keys';
import type { Charge, TransactionPage, Wallet } from './types';

export function useWallet() {
  return useQuery({ queryKey: walletKeys.balance(), queryFn: () => apiFetch<Wallet>('/wallet'), staleTime: 0 });
}

/** The ledger, newest first, a page at a time (cursor pagination). */
export function useTransactions(limit = 10) {
  return useInfiniteQuery({
    queryKey: walletKeys.transactions(limit),
    queryFn: ({ pageParam }) =>
      apiFetch<TransactionPage>(
        `/wallet/transactions?${new URLSearchParams({ limit: String(limit), ...(pageParam ? { cursor: pageParam } : {}) })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * Adds money to the wallet. The caller supplies the Idempotency-Key and reuses it when it
 * retries the same top-up, so a retry after a lost answer never charges twice.
 */
export function useChargeWallet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ amount, idempotencyKey }: { amount: number; idempotencyKey: string }) =>
      apiFetch<Charge>('/wallet/charges', { method: 'POST', body: { amount }, idempotencyKey }),
    onSuccess: (charge) => queryClient.setQueryData(walletKeys.balance(), { balance: charge.balance }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: walletKeys.all }),
  });
}
