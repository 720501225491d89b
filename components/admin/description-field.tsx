'use client';

import { useTranslations } from 'next-intl';
import { useId, type ChangeEventHandler } from 'react';

/** A concert's optional description: the new-concert form and the concert's settings share it. */
export function DescriptionField({
  value,
  onChange,
  error,
  className = '',
}: {
  value: string;
  onChange: ChangeEventHandler<HTMLTextAreaElement>;
  error?: string;
  className?: string;
}) {
  const t = useTranslations('admin.form');
  const id = useId();
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-fg-soft">
        {t('description')} <span className="font-normal text-fg-muted">{t('optional')}</span>
      </label>
      <textarea
        id={id}
        name="description"
        rows={3}
        value={value}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-line-strong bg-surface px-3 py-2 shadow-sm focus:border-accent aria-[invalid]:border-danger"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger-fg">
          {error}
        </p>
      )}
    </div>
  );
}
