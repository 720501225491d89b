'use client';

import { useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { formatWon } from '@/lib/format/format';
import { errorSentence, isRetryable } from '@/lib/query/errors';
import { newIdempotencyKey } from '@/lib/query/idempotency-key';
import { useChargeWallet } from '@/lib/query/wallet';
import { MAX_CHARGE } from '@/lib/schemas/wallet';

const PRESETS = [10_000, 50_000, 100_000, 300_000, 500_000, MAX_CHARGE];
const digits = new Intl.NumberFormat('ko-KR');

/**
 * Adds money to the wallet. Each top-up attempt gets its own Idempotency-Key, and pressing the
 * button again after a lost answer resends the same key, so the wallet is charged once.
 */
interface TopUpFormProps {
  suggested?: number;
  suggestedLabel?: string;
  /** Told the sentence to show when a top-up succeeds (the form itself may unmount then). */
  onCharged?: (sentence: string) => void;
}

export function TopUpForm({ suggested, suggestedLabel, onCharged }: TopUpFormProps) {
  const id = useId();
  const charge = useChargeWallet();
  const [raw, setRaw] = useState(String(suggested ?? 50_000));
  const [done, setDone] = useState<string | null>(null);
  const attempt = useRef<{ amount: number; key: string } | null>(null);
  const amount = Number(raw || 0);
  const invalid = !Number.isSafeInteger(amount) || amount < 1 || amount > MAX_CHARGE;
  const [touched, setTouched] = useState(false);
  const presets = suggested ? [suggested, ...PRESETS.filter((p) => p > suggested)].slice(0, 3) : PRESETS.slice(0, 4);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setTouched(true);
    setDone(null);
    if (invalid) return;
    if (attempt.current?.amount !== amount) attempt.current = { amount, key: newIdempotencyKey() };
    // mutateAsync, not mutate's callbacks: on the payment page a successful top-up unmounts this
    // form (the shortfall is gone), and the parent must still hear of it.
    charge.mutateAsync({ amount, idempotencyKey: attempt.current.key }).then(
      (result) => {
        attempt.current = null;
        const sentence = `Added ${formatWon(amount)}. Your balance is now ${formatWon(result.balance)}.`;
        if (onCharged) onCharged(sentence);
        else setDone(sentence);
      },
      (error) => {
        if (!isRetryable(error)) attempt.current = null;
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Quick amounts">
        {presets.map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={amount === preset}
            onClick={() => setRaw(String(preset))}
            className={`rounded-full px-3 py-1.5 text-sm font-semibold tabular-nums ring-1 transition ${
              amount === preset
                ? 'bg-indigo-600 text-white ring-indigo-600'
                : 'bg-white text-slate-800 ring-slate-300 hover:ring-indigo-400'
            }`}
          >
            {preset === suggested && suggestedLabel ? `${suggestedLabel} · ${formatWon(preset)}` : formatWon(preset)}
          </button>
        ))}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          Top-up amount (won)
        </label>
        <div className="flex gap-2">
          <div className="relative flex-1">
            <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500">
              ₩
            </span>
            <input
              id={id}
              inputMode="numeric"
              autoComplete="off"
              value={raw ? digits.format(Number(raw)) : ''}
              onChange={(event) => setRaw(event.target.value.replace(/\D/g, '').slice(0, 9))}
              aria-invalid={touched && invalid ? true : undefined}
              aria-describedby={`${id}-hint`}
              className="w-full rounded-xl border border-slate-300 bg-white py-2.5 pl-8 pr-3 text-base tabular-nums shadow-sm aria-[invalid]:border-red-500"
            />
          </div>
          <button type="submit" disabled={charge.isPending} className={`${buttonClass.primary} shrink-0 px-4 py-2.5`}>
            {charge.isPending ? 'Topping up…' : 'Top up'}
          </button>
        </div>
        <p id={`${id}-hint`} className={`text-xs ${touched && invalid ? 'text-red-700' : 'text-slate-500'}`}>
          {touched && invalid
            ? 'Enter an amount from ₩1 to ₩1,000,000.'
            : 'From ₩1 to ₩1,000,000 at a time. Demo money: no card needed.'}
        </p>
      </div>
      {charge.isError && <Alert>{errorSentence(charge.error)}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
    </form>
  );
}
