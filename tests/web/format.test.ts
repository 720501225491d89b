import { describe, expect, test } from 'vitest';
import { formatters, seoulTime } from '@/lib/format/format';

// What the pages print for money and times, in each language; always Seoul's wall clock.
const ko = formatters('ko');
const en = formatters('en');
// 19:30 in Seoul on Sunday 20 December 2026.
const SHOW = '2026-12-20T10:30:00Z';

describe('money', () => {
  test('won: "143,000원" in Korean, "₩143,000" in English', () => {
    expect(ko.won(143_000)).toBe('143,000원');
    expect(en.won(143_000)).toBe('₩143,000');
    expect(ko.won(0)).toBe('0원');
    expect(en.won(-5_000)).toBe('-₩5,000');
    expect(en.wonWords(143_000)).toBe('143,000 won');
    expect(ko.wonWords(143_000)).toBe('143,000원');
    expect(ko.count(1_234_567)).toBe('1,234,567');
  });
});

describe('times, in Seoul whatever the machine’s zone', () => {
  test('a show: "12월 20일 (일) 오후 7:30" and "Sun 20 Dec, 19:30"', () => {
    expect(ko.showTime(SHOW)).toBe('12월 20일 (일) 오후 7:30');
    expect(en.showTime(SHOW)).toBe('Sun 20 Dec, 19:30');
    expect(ko.dateTime(SHOW)).toBe('2026년 12월 20일 (일) 오후 7:30 KST');
    expect(en.dateTime(SHOW)).toBe('Sun, 20 Dec 2026, 19:30 KST');
  });

  test('days, clocks and moments', () => {
    expect(ko.date(SHOW)).toBe('2026년 12월 20일');
    expect(en.date(SHOW)).toBe('20 Dec 2026');
    expect(ko.dayOfShow(SHOW)).toBe('12월 20일 (일)');
    expect(en.dayOfShow(SHOW)).toBe('Sun 20 Dec');
    expect(ko.monthDay(SHOW)).toBe('12월 20일');
    expect(ko.time('2026-12-20T10:04:05Z')).toBe('오후 7:04:05 KST');
    expect(en.time('2026-12-20T10:04:05Z')).toBe('19:04:05 KST');
    expect(ko.recent(SHOW)).toBe('12월 20일 오후 7:30 KST');
    expect(en.recent(SHOW)).toBe('20 Dec, 19:30 KST');
  });

  test('midnight and noon on the 12-hour clock; the Seoul day, not the UTC day', () => {
    // 00:05 on 1 January 2027 in Seoul is still 31 December in UTC.
    expect(ko.showTime('2026-12-31T15:05:00Z')).toBe('1월 1일 (금) 오전 12:05');
    expect(en.showTime('2026-12-31T15:05:00Z')).toBe('Fri 1 Jan, 00:05');
    expect(ko.clock('2026-12-20T03:00:00Z')).toBe('오후 12:00');
    expect(seoulTime('2026-12-31T15:05:00Z')).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      weekday: 5,
      hour: 0,
      minute: 5,
      second: 0,
    });
  });
});
