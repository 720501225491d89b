'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';
import { smallButtonClass } from '@/components/ui/button';
import { MAX_GRADE_LENGTH, MAX_ROWS_PER_DATE, MAX_SEATS_PER_ROW, rowLetter } from '@/lib/schemas/admin';
import type { ConcertFormRow } from '@/lib/schemas/admin-console';

interface SeatRowsEditorProps {
  /** 1 for the first date: names the buttons ("Add a row to date 1"). */
  dateNumber: number;
  rows: ConcertFormRow[];
  onChange: (rows: ConcertFormRow[]) => void;
  /** The API's message for a path under this date, e.g. error("rows.1.price"). */
  error: (path: string) => string | undefined;
}

const INPUT =
  'w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 py-2 text-base shadow-sm focus:border-accent aria-[invalid]:border-danger';
const COLUMNS = 'sm:grid-cols-[2.5rem_minmax(0,1fr)_minmax(0,1.2fr)_minmax(0,0.8fr)_6rem]';

/**
 * A date's rows of seats, front (row A) to back, each with an optional grade, a price and a
 * number of seats. On a wide screen the labels become column headings; they stay the inputs'
 * labels for screen readers either way.
 */
export function SeatRowsEditor({ dateNumber, rows, onChange, error }: SeatRowsEditorProps) {
  const t = useTranslations('admin.form.rows');
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the rows have changed: a new row's first field, or after a removal.
  const focusNext = useRef<number | 'add' | null>(null);
  const seats = rows.reduce((sum, row) => sum + (Number.parseInt(row.seats, 10) || 0), 0);
  const rowsError = error('rows');

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else if (target !== null) list.current?.querySelectorAll<HTMLInputElement>('li input')[target * 3]?.focus();
  }, [rows.length]);

  const update = (index: number, key: keyof ConcertFormRow, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));

  function add() {
    focusNext.current = rows.length;
    // A new row starts as a copy of the one in front: halls are mostly rows alike.
    onChange([...rows, { ...(rows.at(-1) ?? { grade: '', price: '', seats: '' }) }]);
  }

  function remove(index: number) {
    focusNext.current = index < rows.length - 1 ? index : 'add';
    onChange(rows.filter((_, i) => i !== index));
  }

  return (
    <fieldset aria-describedby={`${id}-hint`} className="flex flex-col gap-2">
      <legend className="text-sm font-semibold text-fg">{t('legend')}</legend>
      <p id={`${id}-hint`} className="text-xs text-fg-muted">
        {t('hint')}
      </p>
      {rowsError && <p className="text-sm text-danger-fg">{rowsError}</p>}
      <div aria-hidden="true" className={`hidden gap-2 text-xs font-semibold text-fg-muted sm:grid ${COLUMNS}`}>
        <span>{t('row')}</span>
        <span>{t('grade')}</span>
        <span>{t('price')}</span>
        <span>{t('seats')}</span>
      </div>
      <ol ref={list} className="flex flex-col gap-3 sm:gap-2">
        {rows.map((row, index) => {
          const letter = rowLetter(index);
          const field = (key: keyof ConcertFormRow) => ({
            id: `${id}-${index}-${key}`,
            value: row[key],
            onChange: (event: React.ChangeEvent<HTMLInputElement>) => update(index, key, event.target.value),
            message: error(`rows.${index}.${key}`),
          });
          return (
            <li key={index}>
              <fieldset
                aria-label={t('rowLetter', { letter })}
                className={`grid grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_minmax(0,0.9fr)] items-start gap-2 ${COLUMNS}`}
              >
                <span aria-hidden="true" className="col-span-3 text-sm font-bold text-fg-soft sm:col-span-1 sm:py-2">
                  <span className="sm:hidden">{t('rowPrefix')}</span>
                  {letter}
                </span>
                <RowInput
                  label={t('grade')}
                  maxLength={MAX_GRADE_LENGTH}
                  placeholder={t('gradePlaceholder')}
                  {...field('grade')}
                />
                <RowInput label={t('price')} type="number" inputMode="numeric" min={1} {...field('price')} />
                <RowInput
                  label={t('seats')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_SEATS_PER_ROW}
                  {...field('seats')}
                />
                <button
                  type="button"
                  disabled={rows.length === 1}
                  onClick={() => remove(index)}
                  aria-label={t('removeRow', { letter, number: dateNumber })}
                  className="col-span-3 justify-self-end rounded-lg px-3 py-2 text-sm font-semibold text-danger-fg ring-1 ring-danger-line hover:bg-danger-soft disabled:invisible sm:col-span-1"
                >
                  {t('remove')}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <button
          ref={addButton}
          type="button"
          disabled={rows.length >= MAX_ROWS_PER_DATE}
          onClick={add}
          aria-label={t('addTo', { number: dateNumber })}
          className={smallButtonClass.accent}
        >
          {t('add')}
        </button>
        <p className="text-sm text-fg-muted">
          {t('summary', { rows: rows.length, seats })}
          {rows.length >= MAX_ROWS_PER_DATE && t('atMost', { max: MAX_ROWS_PER_DATE })}
        </p>
      </div>
    </fieldset>
  );
}

interface RowInputProps extends React.InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  message?: string;
}

function RowInput({ id, label, message, ...input }: RowInputProps) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-fg-soft sm:sr-only">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        className={INPUT}
        {...input}
      />
      {message && (
        <p id={`${id}-error`} className="text-sm text-danger-fg">
          {message}
        </p>
      )}
    </div>
  );
}
