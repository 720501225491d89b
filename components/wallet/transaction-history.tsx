'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import type { WalletTransaction } from '@/lib/query/types';
import { useTransactions } from '@/lib/query/wallet';

const TYPES: Record<WalletTransaction['type'], { sign: string; style: string }> = {
  CHARGE: { sign: '+', style: 'text-success-fg' },
  REFUND: { sign: '+', style: 'text-success-fg' },
  PAYMENT: { sign: '−', style: 'text-fg' },
};

/** The ledger, newest first, one page at a time. */
export function TransactionHistory() {
  const receipt = useTranslations('receipt');
  const t = useTranslations('wallet.history');
  const format = useFormat();
  const errorSentence = useErrorSentence();
  const history = useTransactions();
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section
      aria-labelledby="history-heading"
      className="flex flex-col gap-3 rounded-2xl bg-surface p-5 shadow-sm ring-1 ring-line"
    >
      <h2 id="history-heading" className="text-lg font-bold">
        {t('title')}
      </h2>
      {history.isPending ? (
        <div aria-busy="true" className="h-40 animate-pulse rounded-xl bg-surface-muted" />
      ) : history.isError ? (
        <Alert>{errorSentence(history.error)}</Alert>
      ) : items.length === 0 ? (
        <p className="text-fg-muted">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line-soft" aria-label={t('list')}>
          {items.map((tx) => {
            const type = TYPES[tx.type];
            return (
              <li key={tx.id} className="flex items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-semibold">{t(`types.${tx.type}`)}</p>
                  <p className="text-sm text-fg-muted">{format.dateTime(tx.createdAt)}</p>
                  {tx.paymentId && (
                    <Link
                      href={`/receipts/${tx.paymentId}`}
                      aria-label={receipt('linkFor', { amount: format.won(tx.amount), time: format.dateTime(tx.createdAt) })}
                      className="text-sm font-semibold text-accent-fg underline"
                    >
                      {receipt('link')}
                    </Link>
                  )}
                </div>
                <div className="text-right">
                  <p className={`font-bold tabular-nums ${type.style}`}>
                    {type.sign}
                    {format.won(tx.amount)}
                  </p>
                  <p className="text-xs tabular-nums text-fg-muted">
                    {t('balanceAfter', { balance: format.won(tx.balanceAfter) })}
                  </p>
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
          {history.isFetchingNextPage ? t('loadingMore') : t('more')}
        </button>
      )}
      {history.isFetchNextPageError && <Alert>{errorSentence(history.error)}</Alert>}
    </section>
  );
}
