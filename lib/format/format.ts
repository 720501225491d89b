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
