import { describe, expect, test } from 'vitest';
import { seatTiers } from '@/components/booking/seat-tiers';
import { dDay, formatDateRange, formatPriceRange } from '@/components/concerts/concert-format';
import { formatters } from '@/lib/format/format';
import { durationMessage, formatClock } from '@/components/ui/use-now';
import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/messages/en.json';
import ko from '@/lib/i18n/messages/ko.json';

// What the pages print for times, money and price grades.

describe('countdowns and waits', () => {
  test('a countdown rounds up to the second and never goes below zero', () => {
    expect(formatClock(299_001)).toBe('5:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(-5_000)).toBe('0:00');
  });

  test('an estimated wait fits a small box', () => {
    const say = (messages: typeof en, seconds: number) => {
      const { key, values } = durationMessage(seconds);
      return createTranslator({ locale: 'en', messages, namespace: 'duration' })(key, values);
    };
    expect([20, 480, 3_900].map((s) => say(en, s))).toEqual(['< 1 min', '8 min', '1 h 5 min']);
    expect([20, 480, 3_900].map((s) => say(ko, s))).toEqual(['1분 미만', '8분', '1시간 5분']);
  });
});

describe('concert cards', () => {
  test('D-day counts calendar days in Seoul, not 24-hour periods', () => {
    // 23:30 in Seoul on 1 Dec; the show is at 19:30 in Seoul on 2 Dec: one calendar day away.
    const now = new Date('2026-12-01T14:30:00Z');
    expect(dDay('2026-12-02T10:30:00Z', now)).toBe('D-1');
    expect(dDay('2026-12-01T14:45:00Z', now)).toBe('D-DAY');
    expect(dDay('2026-12-11T10:30:00Z', now)).toBe('D-10');
  });

  test('one date and one price print once', () => {
    const [en, ko] = [formatters('en'), formatters('ko')];
    expect(formatDateRange(en, '2026-12-02T10:30:00Z', '2026-12-02T10:30:00Z')).toBe('2 Dec 2026');
    expect(formatDateRange(en, '2026-12-02T10:30:00Z', '2026-12-09T10:30:00Z')).toBe('2 Dec 2026 – 9 Dec 2026');
    expect(formatDateRange(ko, '2026-12-02T10:30:00Z', '2026-12-09T10:30:00Z')).toBe('2026년 12월 2일 ~ 2026년 12월 9일');
    expect(formatPriceRange(en, 99_000, 99_000)).toBe('₩99,000');
    expect(formatPriceRange(en, 60_000, 120_000)).toBe('₩60,000 – ₩120,000');
    expect(formatPriceRange(ko, 60_000, 120_000)).toBe('60,000원 ~ 120,000원');
  });
});

describe('price grades', () => {
  const seat = (grade: string | null, price: number) => ({ grade, price });

  test("the server's grades, dearest first, each with its price or range", () => {
    const tiers = seatTiers([
      seat('S', 110_000),
      seat('VIP', 165_000),
      seat('R', 143_000),
      seat('R', 140_000),
      seat('VIP', 165_000),
    ]);
    expect(tiers.map((t) => [t.name, t.minPrice, t.maxPrice])).toEqual([
      ['VIP', 165_000, 165_000],
      ['R', 140_000, 143_000],
      ['S', 110_000, 110_000],
    ]);
    expect(new Set(tiers.map((t) => t.seat)).size).toBe(3);
  });

  test('seats without a grade are a standard grade per price (named by the catalogs)', () => {
    expect(seatTiers([seat(null, 50_000), seat(null, 50_000)]).map((t) => t.name)).toEqual([null]);
    expect(seatTiers([seat(null, 40_000), seat('VIP', 90_000), seat(null, 50_000)]).map((t) => [t.name, t.minPrice])).toEqual([
      ['VIP', 90_000],
      [null, 50_000],
      [null, 40_000],
    ]);
  });
});
