import type { Tx } from '@/lib/db/client';
import { decodeCursor, encodeCursor } from './transaction-cursor';
import { toTransactionView, type TransactionView } from './transaction-view';

export interface TransactionPage {
  items: TransactionView[];
  nextCursor: string | null;
}

export interface ListTransactionsInput {
  userId: string;
  limit: number;
  cursor?: string;
}

/**
 * The user's ledger, newest first, a page at a time. Pages are cut by seq, not by time or
 * offset, so rows added meanwhile never shift or repeat a page. Every ledger write holds the
 * user's row lock from before its seq is drawn until commit, so one user's rows commit in seq
 * order and a page boundary is never overtaken by an older row committing late.
 * `cursorSecret` signs cursors (see transaction-cursor.ts).
 */
export async function listTransactions(db: Tx, input: ListTransactionsInput, cursorSecret: string): Promise<TransactionPage> {
  const before = input.cursor === undefined ? null : decodeCursor(cursorSecret, input.userId, input.cursor);
  const rows = await db.walletTransaction.findMany({
    where: { userId: input.userId, ...(before === null ? {} : { seq: { lt: before } }) },
    orderBy: { seq: 'desc' },
    take: input.limit + 1,
    select: {
      id: true,
      seq: true,
      type: true,
      amount: true,
      balanceAfter: true,
      paymentId: true,
      reservation: { select: { paymentId: true } },
      createdAt: true,
    },
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toTransactionView),
    nextCursor: rows.length > input.limit && last ? encodeCursor(cursorSecret, input.userId, last.seq) : null,
  };
}
