const won = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW' });
const number = new Intl.NumberFormat('ko-KR');

/** 120000 → "₩120,000" (ko-KR). */
export const formatWon = (amount: number) => won.format(amount);
/** 120000 → "120,000 won", for accessible names and sentences. */
export const formatWonWords = (amount: number) => `${number.format(amount)} won`;

const SEOUL = 'Asia/Seoul';
const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: SEOUL,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: SEOUL, day: 'numeric', month: 'short', year: 'numeric' });

/** A time in Seoul, e.g. "Sat, 12 Dec 2026, 19:00 KST". */
export const formatSeoulDateTime = (iso: string | Date) => `${dateTime.format(new Date(iso))} KST`;
export const formatSeoulDate = (iso: string | Date) => dateOnly.format(new Date(iso));

const timeOfDay = new Intl.DateTimeFormat('en-GB', {
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

/** "19:04:05 KST": a time of day in Seoul, to the second (holds last minutes). */
export const formatSeoulTime = (iso: string | Date) => `${timeOfDay.format(new Date(iso))} KST`;
/** "12 Dec, 19:00 KST": a recent time in Seoul, for table cells. */
export const formatSeoulShort = (iso: string | Date) => `${shortDateTime.format(new Date(iso))} KST`;
/** 12345 → "12,345" (ko-KR). */
export const formatCount = (n: number) => number.format(n);
