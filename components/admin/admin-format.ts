const SEOUL = 'Asia/Seoul';

const time = new Intl.DateTimeFormat('en-GB', {
  timeZone: SEOUL,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});
const shortDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: SEOUL,
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const count = new Intl.NumberFormat('ko-KR');

/** "19:04:05 KST": a time of day in Seoul, to the second (holds last minutes). */
export const formatSeoulTime = (iso: string | Date) => `${time.format(new Date(iso))} KST`;

/** "12 Dec, 19:00 KST": a recent time in Seoul, for table cells. */
export const formatSeoulShort = (iso: string | Date) => `${shortDateTime.format(new Date(iso))} KST`;

export const formatCount = (n: number) => count.format(n);

/** 0 → "none", 42 → "42 s", 125 → "2 min 5 s", 7300 → "2 h 1 min". */
export function formatWait(seconds: number) {
  if (seconds <= 0) return 'none';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
}
