import type { WalletTransaction } from '@/lib/db/generated/client';

/** The Transaction of docs/api.md, "Wallet": amount is always positive, type says which way. */
export interface TransactionView {
  id: string;
  type: 'CHARGE' | 'PAYMENT' | 'REFUND';
  amount: number;
  balanceAfter: number;
  /** The payment behind the row (its receipt): the one it paid, or the one a REFUND gives back part of. */
  paymentId: string | null;
  createdAt: string;
}

export type TransactionRow = Pick<WalletTransaction, 'id' | 'type' | 'amount' | 'balanceAfter' | 'createdAt' | 'paymentId'> & {
  /** A REFUND's reservation, for the payment it came from. */
  reservation?: { paymentId: string | null } | null;
};

export function toTransactionView(row: TransactionRow): TransactionView {
  return {
    id: row.id,
    type: row.type,
    amount: row.amount,
    balanceAfter: row.balanceAfter,
    paymentId: row.paymentId ?? row.reservation?.paymentId ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
