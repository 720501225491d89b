'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormat } from '@/components/ui/use-format';
import { ApiError } from '@/lib/query/api-fetch';
import { useUpdateConcert } from '@/lib/query/concerts';
import { isoToSeoulLocal } from '@/lib/schemas/admin-console';
import { saleFieldsToBody } from '@/lib/schemas/concert-sale-form';
import type { AdminConcert } from '@/lib/schemas/concerts';
import { DescriptionField } from './description-field';
import { useAdminErrors } from './plain-errors';

type Text = 'title' | 'artist' | 'venue' | 'description';

const formOf = (concert: AdminConcert) => ({
  title: concert.title,
  artist: concert.artist,
  venue: concert.venue,
  description: concert.description,
  salesOpenAtLocal: isoToSeoulLocal(concert.salesOpenAt),
  maxTicketsPerUser: String(concert.maxTicketsPerUser),
});

/**
 * A concert's details, opening and per-fan ticket limit. Only what changed is sent; the API
 * validates it and its 400 answers are shown next to the field. The opening can move until sales
 * open (then the pre-queue has been drawn), so the field is read-only after.
 */
export function ConcertSettingsForm({ concert }: { concert: AdminConcert }) {
  const t = useTranslations('sale.admin');
  const format = useFormat();
  const { fieldErrors, errorText } = useAdminErrors();
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateConcert(concert.id);
  const [saved, setSaved] = useState(concert);
  const [form, setForm] = useState(() => formOf(concert));
  const errors = fieldErrors(update.error);
  const saleError = saleOpeningError(update.error);
  const before = formOf(saved);
  const changes = {
    ...Object.fromEntries(
      (['title', 'artist', 'venue', 'description'] as const).flatMap((k) => (form[k] !== before[k] ? [[k, form[k]]] : [])),
    ),
    ...saleFieldsToBody({
      salesOpenAtLocal: form.salesOpenAtLocal !== before.salesOpenAtLocal ? form.salesOpenAtLocal : '',
      maxTicketsPerUser: form.maxTicketsPerUser !== before.maxTicketsPerUser ? form.maxTicketsPerUser : '',
    }),
  };
  const changed = Object.keys(changes).length > 0;

  useEffect(() => {
    if (update.isError) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [update.isError, update.error]);

  const set =
    (key: Text | 'salesOpenAtLocal' | 'maxTicketsPerUser') =>
    (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setForm((f) => ({ ...f, [key]: event.target.value }));
      update.reset();
    };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    update.mutate(changes, {
      onSuccess: (concert) => {
        setSaved(concert);
        setForm(formOf(concert));
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-5">
      {update.isError && <Alert>{Object.keys(errors).length > 0 ? t('fix') : errorText(update.error)}</Alert>}
      <Field label={t('title')} name="title" value={form.title} onChange={set('title')} error={errors.title} maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t('artist')}
          name="artist"
          value={form.artist}
          onChange={set('artist')}
          error={errors.artist}
          maxLength={200}
        />
        <Field label={t('venue')} name="venue" value={form.venue} onChange={set('venue')} error={errors.venue} maxLength={200} />
      </div>
      <DescriptionField value={form.description} onChange={set('description')} error={errors.description} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t('salesOpenAt')}
          name="salesOpenAt"
          type="datetime-local"
          value={form.salesOpenAtLocal}
          onChange={set('salesOpenAtLocal')}
          readOnly={saved.salesOpened}
          error={saleError ? t(saleError) : errors.salesOpenAt}
          hint={saved.salesOpened ? t('opened', { time: format.recent(saved.salesOpenAt) }) : t('notOpened')}
        />
        <Field
          label={t('maxTickets')}
          name="maxTicketsPerUser"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          value={form.maxTicketsPerUser}
          onChange={set('maxTicketsPerUser')}
          error={errors.maxTicketsPerUser}
          hint={t('maxTicketsHint')}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-5">
        <button type="submit" disabled={!changed || update.isPending} className={buttonClass.primary}>
          {update.isPending ? t('saving') : t('save')}
        </button>
        {update.isSuccess && !changed && (
          <p role="status" className="text-sm font-medium text-success-fg">
            {t('saved')}
          </p>
        )}
      </div>
    </form>
  );
}

/** The two refusals of a new opening the console words itself (the generic ones say "check this value"). */
function saleOpeningError(error: unknown): 'beforeLastDate' | 'cannotMove' | null {
  if (!(error instanceof ApiError)) return null;
  const message = error.errors.find((e) => e.path === 'salesOpenAt')?.message ?? '';
  return /last date/.test(message) ? 'beforeLastDate' : /no longer move/.test(message) ? 'cannotMove' : null;
}
