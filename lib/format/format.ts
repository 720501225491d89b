/**
 * Money and Seoul times for the pages, in Korean or English (docs/i18n.md).
 *
 * The words and the order are ours, not the runtime's: Node and each browser ship their own ICU
 * data (this Node writes "PM 7:30" in Korean where Chromium writes "오후 7:30"), and a server-
 * rendered time must read the same once the page hydrates. Intl gives the Seoul calendar fields
 * and the digit grouping only.
 */

const SEOUL = 'Asia/Seoul';

/** The languages lib/format writes (the same as lib/schemas/preferences' Locale). */
export type FormatLocale = 'ko' | 'en';

const KO_WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const KO_WEEKDAY_NAMES = KO_WEEKDAYS.map((day) => `${day}요일`);
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const seoulFields = new Intl.DateTimeFormat('en-US', {
  timeZone: SEOUL,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

interface SeoulTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock fields of an instant in Seoul. */
export function seoulTime(iso: string | Date): SeoulTime {
  const parts = Object.fromEntries(seoulFields.formatToParts(new Date(iso)).map((part) => [part.type, part.value])) as Record<
    string,
    string
  >;
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const groupings: Record<FormatLocale, Intl.NumberFormat> = {
  ko: new Intl.NumberFormat('ko-KR'),
  en: new Intl.NumberFormat('en-US'),
};

/** "오후 7:30" (오전 for the morning, 12-hour clock as Korean tickets print it). */
const koClock = (t: SeoulTime, seconds = false) =>
  `${t.hour < 12 ? '오전' : '오후'} ${t.hour % 12 || 12}:${pad(t.minute)}${seconds ? `:${pad(t.second)}` : ''}`;
/** "19:30", 24-hour as European tickets print it. */
const enClock = (t: SeoulTime, seconds = false) => `${pad(t.hour)}:${pad(t.minute)}${seconds ? `:${pad(t.second)}` : ''}`;

/**
 * Every formatter of the pages in one language. Components get it from `useFormat()`
 * (components/ui/use-format.ts); server pages call `formatters(await getLocale())`.
 */
export function formatters(locale: FormatLocale) {
  const ko = locale === 'ko';
  const count = (n: number) => groupings[locale].format(n);
  const at = (iso: string | Date) => seoulTime(iso);
  return {
    locale,
    /** 12345 → "12,345". */
    count,
    /** "B12, B13 및 B14" (ko), "B12, B13, and B14" (en). */
    list: (items: string[]) => new Intl.ListFormat(ko ? 'ko' : 'en', { type: 'conjunction' }).format(items),
    /** Two values as a range: "a ~ b" (ko), "a – b" (en). */
    range: (from: string, to: string) => (ko ? `${from} ~ ${to}` : `${from} – ${to}`),
    /** 143000 → "143,000원" (ko), "₩143,000" (en). */
    won: (amount: number) => (ko ? `${count(amount)}원` : `${amount < 0 ? '-' : ''}₩${count(Math.abs(amount))}`),
    /** For accessible names and sentences: "143,000원" (ko), "143,000 won" (en). */
    wonWords: (amount: number) => (ko ? `${count(amount)}원` : `${count(amount)} won`),
    /** A show's time in full, zone stated: "2026년 12월 20일 (일) 오후 7:30 KST", "Sun, 20 Dec 2026, 19:30 KST". */
    dateTime: (iso: string | Date) => {
      const t = at(iso);
      return ko
        ? `${t.year}년 ${t.month}월 ${t.day}일 (${KO_WEEKDAYS[t.weekday]}) ${koClock(t)} KST`
        : `${EN_WEEKDAYS[t.weekday]}, ${t.day} ${EN_MONTHS[t.month - 1]} ${t.year}, ${enClock(t)} KST`;
    },
    /** A show's time where the page already says times are Seoul's: "12월 20일 (일) 오후 7:30", "Sun 20 Dec, 19:30". */
    showTime: (iso: string | Date) => {
      const t = at(iso);
      return ko
        ? `${t.month}월 ${t.day}일 (${KO_WEEKDAYS[t.weekday]}) ${koClock(t)}`
        : `${EN_WEEKDAYS[t.weekday]} ${t.day} ${EN_MONTHS[t.month - 1]}, ${enClock(t)}`;
    },
    /** "2026년 12월 20일", "20 Dec 2026". */
    date: (iso: string | Date) => {
      const t = at(iso);
      return ko ? `${t.year}년 ${t.month}월 ${t.day}일` : `${t.day} ${EN_MONTHS[t.month - 1]} ${t.year}`;
    },
    /** "12월 20일 (일)", "Sun 20 Dec". */
    dayOfShow: (iso: string | Date) => {
      const t = at(iso);
      return ko
        ? `${t.month}월 ${t.day}일 (${KO_WEEKDAYS[t.weekday]})`
        : `${EN_WEEKDAYS[t.weekday]} ${t.day} ${EN_MONTHS[t.month - 1]}`;
    },
    /** "일요일", "Sun". */
    weekday: (iso: string | Date) => (ko ? KO_WEEKDAY_NAMES : EN_WEEKDAYS)[at(iso).weekday],
    /** "12월 20일", "20 Dec": a day in a range or an axis. */
    monthDay: (iso: string | Date) => {
      const t = at(iso);
      return ko ? `${t.month}월 ${t.day}일` : `${t.day} ${EN_MONTHS[t.month - 1]}`;
    },
    /** A time of day to the second (holds last minutes): "오후 7:04:05 KST", "19:04:05 KST". */
    time: (iso: string | Date) => `${ko ? koClock(at(iso), true) : enClock(at(iso), true)} KST`,
    /** A time of day: "오후 7:30", "19:30". */
    clock: (iso: string | Date) => (ko ? koClock(at(iso)) : enClock(at(iso))),
    /** A recent moment, for table cells: "12월 12일 오후 7:00 KST", "12 Dec, 19:00 KST". */
    recent: (iso: string | Date) => {
      const t = at(iso);
      return ko ? `${t.month}월 ${t.day}일 ${koClock(t)} KST` : `${t.day} ${EN_MONTHS[t.month - 1]}, ${enClock(t)} KST`;
    },
  };
}

export type Formatters = ReturnType<typeof formatters>;
