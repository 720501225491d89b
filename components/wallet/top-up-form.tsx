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
// Digits, optionally grouped by commas the way the box shows them ("50,000").
const WHOLE_WON = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;

/**
 * What was typed, read as won: a whole number, or why not. Nothing is dropped quietly: "12.5"
 * or "-5" is refused as typed, never charged as 125 or 5.
 */
export function readAmount(text: string): { amount: number } | { problem: 'format' | 'range' } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'range' };
  if (!WHOLE_WON.test(trimmed)) return { problem: 'format' };
  const amount = Number(trimmed.replaceAll(',', ''));
  return Number.isSafeInteger(amount) && amount >= 1 && amount <= MAX_CHARGE ? { amount } : { problem: 'range' };
}

const PROBLEMS = {
  format: 'Use digits only: a whole number of won, with no decimal point, minus sign or letters.',
  range: `Enter an amount from ₩1 to ${formatWon(MAX_CHARGE)}.`,
};

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
  const [raw, setRaw] = useState(digits.format(suggested ?? 50_000));
  const [done, setDone] = useState<string | null>(null);
  const attempt = useRef<{ amount: number; key: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const read = readAmount(raw);
  const amount = 'amount' in read ? read.amount : null;
  const [touched, setTouched] = useState(false);
  // A wrong character is pointed out at once; an empty or out-of-range amount once it is sent.
  const problem = 'problem' in read && (read.problem === 'format' || touched) ? PROBLEMS[read.problem] : null;
  const presets = suggested ? [suggested, ...PRESETS.filter((p) => p > suggested)].slice(0, 3) : PRESETS.slice(0, 4);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setTouched(true);
    setDone(null);
    if (amount === null) {
      input.current?.focus();
      return;
    }
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
            onClick={() => {
              setRaw(digits.format(preset));
              setTouched(false);
            }}
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
              ref={input}
              id={id}
              inputMode="numeric"
              autoComplete="off"
              value={raw}
              onChange={(event) => setRaw(event.target.value)}
              // Once the amount reads well, it is shown grouped as the presets are.
              onBlur={() => amount !== null && setRaw(digits.format(amount))}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-error ${id}-hint` : `${id}-hint`}
              className="w-full rounded-xl border border-slate-300 bg-white py-2.5 pl-8 pr-3 text-base tabular-nums shadow-sm aria-[invalid]:border-red-500"
            />
          </div>
          <button type="submit" disabled={charge.isPending} className={`${buttonClass.primary} shrink-0 px-4 py-2.5`}>
            {charge.isPending ? 'Topping up…' : 'Top up'}
          </button>
        </div>
        <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden">
          {problem}
        </p>
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          From ₩1 to {formatWon(MAX_CHARGE)} at a time. Demo money: no card needed.
        </p>
      </div>
      {charge.isError && <Alert>{errorSentence(charge.error)}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
    </form>
  );
}
