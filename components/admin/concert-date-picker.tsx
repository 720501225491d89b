'use client';

import { formatSeoulDateTime } from '@/lib/format/format';
import type { ConcertSales } from '@/lib/schemas/admin-console';
import { SelectField } from './select-field';

interface ConcertDatePickerProps {
  concerts: ConcertSales[];
  concertId: string;
  scheduleId: string;
  /** With "All concerts" / "All dates" choices (a filter), or without (a date must be chosen). */
  allowAll: boolean;
  onChange: (concertId: string, scheduleId: string) => void;
}

export function ConcertDatePicker({ concerts, concertId, scheduleId, allowAll, onChange }: ConcertDatePickerProps) {
  const concert = concerts.find((c) => c.concertId === concertId);
  const concertOptions = concerts.map((c) => ({ value: c.concertId, label: c.title }));
  const dateOptions = (concert?.schedules ?? []).map((s) => ({ value: s.scheduleId, label: formatSeoulDateTime(s.startsAt) }));
  return (
    <>
      <SelectField
        label="Concert"
        value={concertId}
        onChange={(event) => {
          const next = concerts.find((c) => c.concertId === event.target.value);
          onChange(event.target.value, allowAll ? '' : (next?.schedules[0]?.scheduleId ?? ''));
        }}
        options={allowAll ? [{ value: '', label: 'All concerts' }, ...concertOptions] : concertOptions}
        className="sm:w-72"
      />
      <SelectField
        label="Date"
        value={scheduleId}
        disabled={!concert}
        onChange={(event) => onChange(concertId, event.target.value)}
        options={allowAll ? [{ value: '', label: concert ? 'All dates' : 'Pick a concert first' }, ...dateOptions] : dateOptions}
        className="sm:w-72"
      />
    </>
  );
}
