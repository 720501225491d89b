'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/ui/use-format';
import type { ConcertSales } from '@/lib/schemas/admin-console';
import { SelectField } from './select-field';

interface ConcertDatePickerProps {
  concerts: ConcertSales[];
  concertId: string;
  scheduleId: string;
  /** With "all concerts" / "all dates" choices (a filter), or without (a date must be chosen). */
  allowAll: boolean;
  onChange: (concertId: string, scheduleId: string) => void;
}

export function ConcertDatePicker({ concerts, concertId, scheduleId, allowAll, onChange }: ConcertDatePickerProps) {
  const t = useTranslations('admin.dateFilter');
  const format = useFormat();
  const concert = concerts.find((c) => c.concertId === concertId);
  const concertOptions = concerts.map((c) => ({ value: c.concertId, label: c.title }));
  const dateOptions = (concert?.schedules ?? []).map((s) => ({ value: s.scheduleId, label: format.dateTime(s.startsAt) }));
  return (
    <>
      <SelectField
        label={t('concert')}
        value={concertId}
        onChange={(event) => {
          const next = concerts.find((c) => c.concertId === event.target.value);
          onChange(event.target.value, allowAll ? '' : (next?.schedules[0]?.scheduleId ?? ''));
        }}
        options={allowAll ? [{ value: '', label: t('allConcerts') }, ...concertOptions] : concertOptions}
        className="sm:w-72"
      />
      <SelectField
        label={t('date')}
        value={scheduleId}
        disabled={!concert}
        onChange={(event) => onChange(concertId, event.target.value)}
        options={allowAll ? [{ value: '', label: concert ? t('allDates') : t('pickConcert') }, ...dateOptions] : dateOptions}
        className="sm:w-72"
      />
    </>
  );
}
