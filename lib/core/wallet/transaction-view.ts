import type { WalletTransaction } from '@/lib/db/generated/client';

/** The Transaction of docs/api.md, "Wallet": amount is always positive, type says which way. */
export interface TransactionView {
  id: string;
  type: 'CHARGE' | 'PAYMENT' | 'REFUND';
  amount: number;
  balanceAfter: number;
  createdAt: string;
}

export type TransactionRow = Pick<WalletTransaction, 'id' | 'type' | 'amount' | 'balanceAfter' | 'createdAt'>;

export function toTransactionView(row: TransactionRow): TransactionView {
  return {
    id: row.id,
    type: row.type,
    amount: row.amount,
    balanceAfter: row.balanceAfter,
    createdAt: row.createdAt.toISOString(),
  };
}
