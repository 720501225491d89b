'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { useCreateConcert } from '@/lib/query/admin';
import { saleFieldsToBody, type SaleFields } from '@/lib/schemas/concert-sale-form';
import { concertFormToBody, type ConcertForm, type ConcertFormDate } from '@/lib/schemas/admin-console';
import { useAdminErrors } from './plain-errors';
import { DescriptionField } from './description-field';
import { SeatRowsEditor } from './seat-rows-editor';
import { buttonClass, smallButtonClass } from '@/components/ui/button';

const EMPTY_DATE: ConcertFormDate = { startsAtLocal: '', rows: [{ grade: '', price: '', seats: '' }] };
const MAX_DATES = 50;

/**
 * A new concert with its dates. The API validates everything; its 400 answers come back per
 * field (errors[].path such as "schedules.1.price") and are shown next to that field.
 */
export function ConcertFormView() {
  const router = useRouter();
  const create = useCreateConcert();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ConcertForm>({ title: '', artist: '', venue: '', description: '', dates: [EMPTY_DATE] });
  const tSale = useTranslations('sale.admin');
  const t = useTranslations('admin.form');
  const tErrors = useTranslations('admin.errors');
  const { errorText, fieldErrors } = useAdminErrors();
  const [sale, setSale] = useState<SaleFields>({ salesOpenAtLocal: '', maxTicketsPerUser: '' });
  const errors = fieldErrors(create.error);
  const known = new Set(['title', 'artist', 'venue', 'description', 'salesOpenAt', 'maxTicketsPerUser', 'schedules']);
  const stray = Object.entries(errors).filter(([path]) => !known.has(path) && !path.startsWith('schedules.'));

  useEffect(() => {
    if (create.isError) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [create.isError, create.error]);

  const set =
    (key: 'title' | 'artist' | 'venue' | 'description') => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setForm((f) => ({ ...f, [key]: event.target.value }));
  const setDate = (index: number, patch: Partial<ConcertFormDate>) =>
    setForm((f) => ({ ...f, dates: f.dates.map((d, i) => (i === index ? { ...d, ...patch } : d)) }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const body = { ...concertFormToBody(form), ...saleFieldsToBody(sale) };
    create.mutate(body, {
      onSuccess: (concert) => router.push(`/admin/seats?concert=${concert.id}&date=${concert.schedules[0]?.id ?? ''}&created=1`),
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-6">
      {create.isError && (
        <Alert>
          {Object.keys(errors).length > 0 ? tErrors('fixFields') : errorText(create.error)}
          {stray.map(([path, message]) => (
            <span key={path} className="block">
              {t('stray', { path, message })}
            </span>
          ))}
        </Alert>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field
            label={t('title')}
            name="title"
            value={form.title}
            onChange={set('title')}
            error={errors.title}
            maxLength={200}
          />
        </div>
        <Field
          label={t('artist')}
          name="artist"
          value={form.artist}
          onChange={set('artist')}
          error={errors.artist}
          maxLength={200}
        />
        <Field label={t('venue')} name="venue" value={form.venue} onChange={set('venue')} error={errors.venue} maxLength={200} />
        <DescriptionField
          className="sm:col-span-2"
          value={form.description}
          onChange={set('description')}
          error={errors.description}
        />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={tSale('salesOpenAt')}
          name="salesOpenAt"
          type="datetime-local"
          value={sale.salesOpenAtLocal}
          onChange={(e) => setSale((s) => ({ ...s, salesOpenAtLocal: e.target.value }))}
          error={errors.salesOpenAt}
          hint={tSale('salesOpenAtHint')}
        />
        <Field
          label={tSale('maxTickets')}
          name="maxTicketsPerUser"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          placeholder="4"
          value={sale.maxTicketsPerUser}
          onChange={(e) => setSale((s) => ({ ...s, maxTicketsPerUser: e.target.value }))}
          error={errors.maxTicketsPerUser}
          hint={tSale('maxTicketsHint')}
        />
      </div>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-bold">{t('dates')}</legend>
        <p className="-mt-2 text-sm text-fg-muted">{t('datesHint')}</p>
        {errors.schedules && <p className="text-sm text-danger-fg">{errors.schedules}</p>}
        {form.dates.map((date, index) => (
          <fieldset
            key={index}
            aria-label={t('date', { number: index + 1 })}
            className="grid items-start gap-4 rounded-xl border border-line bg-surface-sunken/60 p-4 sm:grid-cols-[minmax(0,20rem)_1fr]"
          >
            <Field
              label={t('startsAt')}
              type="datetime-local"
              value={date.startsAtLocal}
              onChange={(e) => setDate(index, { startsAtLocal: e.target.value })}
              error={errors[`schedules.${index}.startsAt`]}
            />
            <button
              type="button"
              disabled={form.dates.length === 1}
              onClick={() => setForm((f) => ({ ...f, dates: f.dates.filter((_, i) => i !== index) }))}
              className={`justify-self-end ${buttonClass.danger} disabled:hidden sm:self-end sm:disabled:invisible`}
            >
              {t('removeDate', { number: index + 1 })}
            </button>
            <div className="sm:col-span-2">
              <SeatRowsEditor
                dateNumber={index + 1}
                rows={date.rows}
                onChange={(rows) => setDate(index, { rows })}
                error={(path) => errors[`schedules.${index}.${path}`]}
              />
            </div>
          </fieldset>
        ))}
        <button
          type="button"
          disabled={form.dates.length >= MAX_DATES}
          onClick={() => setForm((f) => ({ ...f, dates: [...f.dates, { ...f.dates.at(-1)!, startsAtLocal: '' }] }))}
          className={`self-start ${smallButtonClass.accent}`}
        >
          {t('addDate')}
        </button>
      </fieldset>

      <div className="flex items-center gap-4 border-t border-line pt-5">
        <button type="submit" disabled={create.isPending} className={buttonClass.primary}>
          {create.isPending ? t('creating') : t('create')}
        </button>
        <p className="text-sm text-fg-muted">{t('createNote')}</p>
      </div>
    </form>
  );
}
