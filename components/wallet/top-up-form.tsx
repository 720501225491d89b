'use client';

import { useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useTranslations } from 'next-intl';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { isRetryable } from '@/lib/query/errors';
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
  const t = useTranslations('wallet.topUpForm');
  const format = useFormat();
  const errorSentence = useErrorSentence();
  const PROBLEMS = {
    format: t('formatProblem'),
    range: t('rangeProblem', { max: format.won(MAX_CHARGE) }),
  };
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
        const sentence = t('added', { amount: format.won(amount), balance: format.won(result.balance) });
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
      <div className="flex flex-wrap gap-2" role="group" aria-label={t('quickAmounts')}>
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
              amount === preset ? 'bg-accent text-on-accent ring-accent' : 'bg-surface text-fg ring-line-strong hover:ring-accent'
            }`}
          >
            {preset === suggested && suggestedLabel
              ? t('suggested', { label: suggestedLabel, amount: format.won(preset) })
              : format.won(preset)}
          </button>
        ))}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-fg-soft">
          {t('amountLabel')}
        </label>
        <div className="flex gap-2">
          <div className="relative flex-1">
            {/* The unit where each language writes it: ₩50,000 and 50,000원. */}
            <span
              aria-hidden="true"
              className={`pointer-events-none absolute inset-y-0 flex items-center text-fg-muted ${format.locale === 'ko' ? 'right-3' : 'left-3'}`}
            >
              {t('unit')}
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
              className={`w-full rounded-xl border border-line-strong bg-surface py-2.5 text-base tabular-nums shadow-sm aria-[invalid]:border-danger ${format.locale === 'ko' ? 'pl-3 pr-8' : 'pl-8 pr-3'}`}
            />
          </div>
          <button type="submit" disabled={charge.isPending} className={`${buttonClass.primary} shrink-0 px-4 py-2.5`}>
            {charge.isPending ? t('pending') : t('submit')}
          </button>
        </div>
        <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-danger-fg empty:hidden">
          {problem}
        </p>
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {t('hint', { max: format.won(MAX_CHARGE) })}
        </p>
      </div>
      {charge.isError && <Alert>{errorSentence(charge.error)}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
    </form>
  );
}
