'use client';

import { Alert } from '@/components/ui/alert';
import { formatWon } from '@/lib/format/format';
import { errorSentence } from '@/lib/query/errors';
import { useWallet } from '@/lib/query/wallet';
import { TopUpForm } from './top-up-form';
import { TransactionHistory } from './transaction-history';

export function WalletView({ name }: { name: string }) {
  const wallet = useWallet();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Wallet</h1>
      <div className="grid items-start gap-6 lg:grid-cols-[22rem_1fr]">
        <div className="flex flex-col gap-6">
          <section
            aria-labelledby="balance-heading"
            className="relative overflow-hidden rounded-3xl bg-gradient-to-br from-indigo-600 via-violet-600 to-fuchsia-600 p-6 text-white shadow-lg"
          >
            <span aria-hidden="true" className="absolute -right-10 -top-10 size-40 rounded-full bg-white/10" />
            <span aria-hidden="true" className="absolute -bottom-16 -right-4 size-40 rounded-full bg-white/10" />
            <h2 id="balance-heading" className="text-sm font-semibold uppercase tracking-widest text-indigo-100">
              Encore balance
            </h2>
            <p className="mt-2 text-4xl font-extrabold tabular-nums" data-testid="wallet-balance">
              {wallet.data ? formatWon(wallet.data.balance) : '–'}
            </p>
            <p className="mt-6 text-sm text-indigo-100">{name}</p>
          </section>
          {wallet.isError && <Alert>{errorSentence(wallet.error)}</Alert>}
          <section aria-labelledby="topup-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 id="topup-heading" className="mb-3 text-lg font-bold">
              Top up
            </h2>
            <TopUpForm />
          </section>
        </div>
        <TransactionHistory />
      </div>
    </div>
  );
}
