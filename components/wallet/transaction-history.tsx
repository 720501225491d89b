'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { formatSeoulDateTime, formatWon } from '@/lib/format/format';
import { errorSentence } from '@/lib/query/errors';
import type { WalletTransaction } from '@/lib/query/types';
import { useTransactions } from '@/lib/query/wallet';

const TYPES: Record<WalletTransaction['type'], { label: string; sign: string; style: string }> = {
  CHARGE: { label: 'Top-up', sign: '+', style: 'text-emerald-700' },
  REFUND: { label: 'Refund', sign: '+', style: 'text-emerald-700' },
  PAYMENT: { label: 'Ticket payment', sign: '−', style: 'text-slate-900' },
};

/** The ledger, newest first, one page at a time. */
export function TransactionHistory() {
  const receipt = useTranslations('receipt');
  const history = useTransactions();
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section
      aria-labelledby="history-heading"
      className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="history-heading" className="text-lg font-bold">
        History
      </h2>
      {history.isPending ? (
        <div aria-busy="true" className="h-40 animate-pulse rounded-xl bg-slate-100" />
      ) : history.isError ? (
        <Alert>{errorSentence(history.error)}</Alert>
      ) : items.length === 0 ? (
        <p className="text-slate-600">No transactions yet. Top up to get started.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100" aria-label="Transactions">
          {items.map((t) => {
            const type = TYPES[t.type];
            return (
              <li key={t.id} className="flex items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-semibold">{type.label}</p>
                  <p className="text-sm text-slate-600">{formatSeoulDateTime(t.createdAt)}</p>
                  {t.paymentId && (
                    <Link
                      href={`/receipts/${t.paymentId}`}
                      aria-label={receipt('linkFor', { amount: formatWon(t.amount), time: formatSeoulDateTime(t.createdAt) })}
                      className="text-sm font-semibold text-accent-fg underline"
                    >
                      {receipt('link')}
                    </Link>
                  )}
                </div>
                <div className="text-right">
                  <p className={`font-bold tabular-nums ${type.style}`}>
                    {type.sign}
                    {formatWon(t.amount)}
                  </p>
                  <p className="text-xs tabular-nums text-slate-500">Balance {formatWon(t.balanceAfter)}</p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          onClick={() => history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
          className={buttonClass.secondary}
        >
          {history.isFetchingNextPage ? 'Loading…' : 'Show older transactions'}
        </button>
      )}
      {history.isFetchNextPageError && <Alert>{errorSentence(history.error)}</Alert>}
    </section>
  );
}
