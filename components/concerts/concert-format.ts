import type { Formatters } from '@/lib/format/format';

/** A concert's first and last date, in the page's language (`useFormat()` or `formatters(locale)`). */
export function formatDateRange(format: Formatters, first: string, last: string) {
  const from = format.date(first);
  const to = format.date(last);
  return from === to ? from : format.range(from, to);
}

export function formatPriceRange(format: Formatters, min: number, max: number) {
  return min === max ? format.won(min) : format.range(format.won(min), format.won(max));
}

const DAY_MS = 86_400_000;
const seoulDay = (time: number) => Math.floor((time + 9 * 3_600_000) / DAY_MS);

/** "D-12" as Korean box offices count down to a show (calendar days in Seoul); "D-DAY" on the day. */
export function dDay(firstDate: string, now: Date) {
  const days = seoulDay(new Date(firstDate).getTime()) - seoulDay(now.getTime());
  return days <= 0 ? 'D-DAY' : `D-${days}`;
}
