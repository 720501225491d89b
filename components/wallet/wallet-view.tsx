'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { useWallet } from '@/lib/query/wallet';
import { TopUpForm } from './top-up-form';
import { TransactionHistory } from './transaction-history';

export function WalletView({ name }: { name: string }) {
  const t = useTranslations('wallet');
  const format = useFormat();
  const sentence = useErrorSentence();
  const wallet = useWallet();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <div className="grid items-start gap-6 lg:grid-cols-[22rem_1fr]">
        <div className="flex flex-col gap-6">
          <section
            aria-labelledby="balance-heading"
            className="relative overflow-hidden rounded-3xl bg-gradient-to-br from-indigo-600 via-violet-600 to-fuchsia-600 p-6 text-white shadow-lg"
          >
            <span aria-hidden="true" className="absolute -right-10 -top-10 size-40 rounded-full bg-white/10" />
            <span aria-hidden="true" className="absolute -bottom-16 -right-4 size-40 rounded-full bg-white/10" />
            <h2 id="balance-heading" className="text-sm font-semibold uppercase tracking-widest text-indigo-100">
              {t('balance')}
            </h2>
            <p className="mt-2 text-4xl font-extrabold tabular-nums" data-testid="wallet-balance">
              {wallet.data ? format.won(wallet.data.balance) : '–'}
            </p>
            <p className="mt-6 text-sm text-indigo-100">{name}</p>
          </section>
          {wallet.isError && <Alert>{sentence(wallet.error)}</Alert>}
          <section aria-labelledby="topup-heading" className="rounded-2xl bg-surface p-5 shadow-sm ring-1 ring-line">
            <h2 id="topup-heading" className="mb-3 text-lg font-bold">
              {t('topUp')}
            </h2>
            <TopUpForm />
          </section>
        </div>
        <TransactionHistory />
      </div>
    </div>
  );
}
