import { formatSeoulDate, formatWon } from '@/lib/format/format';

export function formatDateRange(first: string, last: string) {
  const from = formatSeoulDate(first);
  const to = formatSeoulDate(last);
  return from === to ? from : `${from} – ${to}`;
}

export function formatPriceRange(min: number, max: number) {
  return min === max ? formatWon(min) : `${formatWon(min)} – ${formatWon(max)}`;
}

const DAY_MS = 86_400_000;
const seoulDay = (time: number) => Math.floor((time + 9 * 3_600_000) / DAY_MS);

/** "D-12" as Korean box offices count down to a show (calendar days in Seoul); "D-DAY" on the day. */
export function dDay(firstDate: string, now: Date) {
  const days = seoulDay(new Date(firstDate).getTime()) - seoulDay(now.getTime());
  return days <= 0 ? 'D-DAY' : `D-${days}`;
}
