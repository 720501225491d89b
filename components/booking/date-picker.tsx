'use client';

import type { Schedule } from '@/lib/query/types';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Seoul',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function dateParts(iso: string) {
  const get = (type: string) => parts.formatToParts(new Date(iso)).find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday'), day: get('day'), month: get('month'), time: `${get('hour')}:${get('minute')}` };
}

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
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      {schedules.map((schedule) => {
        const { weekday, day, month, time } = dateParts(schedule.startsAt);
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
                  ? 'bg-indigo-600 text-white ring-indigo-600 shadow-md'
                  : soldOut
                    ? 'cursor-not-allowed bg-slate-100 text-slate-500 ring-slate-200'
                    : 'bg-white text-slate-900 ring-slate-300 hover:ring-indigo-400'
              }`}
            >
              <span className={`text-xs font-semibold uppercase ${selected ? 'text-indigo-100' : 'text-slate-500'}`}>
                {weekday}
              </span>{' '}
              <span className="text-lg font-bold">
                {day} {month} · <span className="tabular-nums">{time}</span>
                <span className="sr-only"> KST,</span>
              </span>{' '}
              <span
                className={`text-sm tabular-nums ${selected ? 'text-indigo-100' : soldOut ? 'font-semibold' : 'text-emerald-700'}`}
              >
                {soldOut ? 'Sold out' : `${schedule.availableSeats} seats left`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
