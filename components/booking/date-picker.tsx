'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/ui/use-format';
import type { Schedule } from '@/lib/query/types';

/** The concert's dates as tiles; a sold-out date stays visible but cannot be chosen. */
export function DatePicker({
  schedules,
  selectedId,
  onSelect,
}: {
  schedules: Schedule[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations('booking.dates');
  const format = useFormat();
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      {schedules.map((schedule) => {
        const soldOut = schedule.availableSeats === 0;
        const selected = schedule.id === selectedId;
        return (
          <li key={schedule.id}>
            <button
              type="button"
              disabled={soldOut}
              aria-pressed={selected}
              onClick={() => onSelect(schedule.id)}
              className={`flex w-full flex-col items-start rounded-xl px-4 py-3 text-left ring-1 transition ${
                selected
                  ? 'bg-accent text-on-accent ring-accent shadow-md'
                  : soldOut
                    ? 'cursor-not-allowed bg-surface-muted text-fg-muted ring-line'
                    : 'bg-surface text-fg ring-line-strong hover:ring-accent'
              }`}
            >
              <span className={`text-xs font-semibold uppercase ${selected ? 'text-on-accent' : 'text-fg-muted'}`}>
                {format.weekday(schedule.startsAt)}
              </span>{' '}
              <span className="text-lg font-bold">
                {format.monthDay(schedule.startsAt)} · <span className="tabular-nums">{format.clock(schedule.startsAt)}</span>
                <span className="sr-only">{t('kst')}</span>
              </span>{' '}
              <span
                className={`text-sm tabular-nums ${selected ? 'text-on-accent' : soldOut ? 'font-semibold' : 'text-success-fg'}`}
              >
                {soldOut ? t('soldOut') : t('seatsLeft', { count: schedule.availableSeats })}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
