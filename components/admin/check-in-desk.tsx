'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { smallButtonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { ApiError } from '@/lib/query/api-fetch';
import { useSales } from '@/lib/query/admin';
import { useCheckIn } from '@/lib/query/tickets';
import type { CheckIn } from '@/lib/schemas/tickets';

type Outcome =
  | { kind: 'valid'; check: CheckIn }
  | { kind: 'used'; checkedInAt: string }
  | { kind: 'notTicket' }
  | { kind: 'error'; error: unknown };

interface Entry {
  id: number;
  code: string;
  outcome: Outcome;
}

const STYLES: Record<Outcome['kind'], string> = {
  valid: 'border-success-line bg-success-soft text-success-fg',
  used: 'border-warning-line bg-warning-soft text-warning-fg',
  notTicket: 'border-danger-line bg-danger-soft text-danger-fg',
  error: 'border-danger-line bg-danger-soft text-danger-fg',
};

const MAX_RECENT = 8;

/**
 * The door: a code typed, pasted or sent by a scanner that types it (most do, ending with Enter)
 * is checked in, and the answer is read out in a live region, big and coloured: valid with the
 * seat and date, already used with the time, or not a ticket. The field empties and keeps focus
 * for the next ticket; the last few answers stay listed.
 */
export function CheckInDesk() {
  const t = useTranslations('checkIn');
  const format = useFormat();
  const sentence = useErrorSentence();
  const checkIn = useCheckIn();
  const sales = useSales();
  const titles = new Map((sales.data?.items ?? []).map((c) => [c.concertId, c.title]));
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const [entries, setEntries] = useState<Entry[]>([]);
  const next = useRef(1);

  function record(entry: Omit<Entry, 'id'>) {
    setEntries((list) => [{ ...entry, id: next.current++ }, ...list].slice(0, MAX_RECENT));
    setCode('');
    input.current?.focus();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const typed = code.replace(/\s+/g, '');
    setEmpty(typed === '');
    if (!typed || checkIn.isPending) return;
    checkIn.mutateAsync(typed).then(
      (check) => record({ code: typed, outcome: { kind: 'valid', check } }),
      (error: unknown) => {
        const checkedInAt = error instanceof ApiError ? error.problem.checkedInAt : undefined;
        if (error instanceof ApiError && error.code === 'TICKET_ALREADY_USED' && typeof checkedInAt === 'string') {
          record({ code: typed, outcome: { kind: 'used', checkedInAt } });
        } else if (error instanceof ApiError && error.code === 'NOT_FOUND') {
          record({ code: typed, outcome: { kind: 'notTicket' } });
        } else {
          record({ code: typed, outcome: { kind: 'error', error } });
        }
      },
    );
  }

  function headline(outcome: Outcome) {
    switch (outcome.kind) {
      case 'valid':
        return t('valid', {
          seat: outcome.check.reservation.seatLabel,
          when: format.showTime(outcome.check.reservation.startsAt),
        });
      case 'used':
        return t('used', { time: format.clock(outcome.checkedInAt) });
      case 'notTicket':
        return t('notTicket');
      case 'error':
        return sentence(outcome.error);
    }
  }

  function detail(outcome: Outcome) {
    if (outcome.kind === 'valid') return titles.get(outcome.check.reservation.concertId) ?? null;
    if (outcome.kind === 'used') return t('usedOn', { when: format.dateTime(outcome.checkedInAt) });
    if (outcome.kind === 'notTicket') return t('notTicketDetail');
    return null;
  }

  const [latest, ...earlier] = entries;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
        <p className="text-sm text-fg-muted">{t('lead')}</p>
      </div>

      <form onSubmit={submit} noValidate className="flex flex-col gap-2">
        <label htmlFor={id} className="text-sm font-semibold text-fg-soft">
          {t('codeLabel')}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            id={id}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoFocus
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="go"
            aria-invalid={empty ? true : undefined}
            aria-describedby={`${id}-hint`}
            className="min-w-0 flex-1 rounded-xl border border-line-strong bg-surface px-3 py-2.5 font-mono text-base shadow-sm aria-[invalid]:border-danger"
          />
          <button type="submit" disabled={checkIn.isPending} className={smallButtonClass.primary}>
            {checkIn.isPending ? t('pending') : t('submit')}
          </button>
        </div>
        <p id={`${id}-hint`} className={`text-xs ${empty ? 'text-danger-fg' : 'text-fg-muted'}`}>
          {empty ? t('emptyCode') : t('codeHint')}
        </p>
      </form>

      <section aria-labelledby={`${id}-result`} className="flex flex-col gap-2">
        <h2 id={`${id}-result`} className="text-lg font-bold">
          {t('result')}
        </h2>
        <div role="status" aria-live="polite" aria-atomic="true">
          {latest ? (
            <div key={latest.id} className={`rounded-2xl border-2 px-5 py-4 ${STYLES[latest.outcome.kind]}`}>
              <p className="text-2xl font-extrabold" data-testid="check-in-answer">
                {headline(latest.outcome)}
              </p>
              {detail(latest.outcome) && <p className="mt-1 text-sm font-medium">{detail(latest.outcome)}</p>}
            </div>
          ) : (
            <p className="text-fg-muted">{t('none')}</p>
          )}
        </div>
      </section>

      {earlier.length > 0 && (
        <section aria-labelledby={`${id}-recent`} className="flex flex-col gap-2">
          <h2 id={`${id}-recent`} className="text-lg font-bold">
            {t('recent')}
          </h2>
          <ul className="flex flex-col divide-y divide-line-soft rounded-xl bg-surface ring-1 ring-line">
            {earlier.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2 text-sm">
                <span className="font-semibold">{headline(entry.outcome)}</span>
                <span className="min-w-0 truncate font-mono text-xs text-fg-muted">{entry.code.slice(0, 12)}…</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
