import { describe, expect, test } from 'vitest';
import { countTicks } from '@/components/admin/chart-ticks';

// The admin's queue chart counts people: its axis never says "0.5" or "2.5".

describe('ticks of an axis of people', () => {
  test('are whole numbers from 0 to a round top at or above the largest value', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(5)).toEqual([0, 2, 4, 6]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(13)).toEqual([0, 5, 10, 15]);
    expect(countTicks(130)).toEqual([0, 50, 100, 150]);
    expect(countTicks(100_000)).toEqual([0, 50_000, 100_000]);
  });

  test('for every top from 0 to 5,000: whole, evenly spaced, at most four steps, covering the value', () => {
    for (let max = 0; max <= 5_000; max++) {
      const ticks = countTicks(max);
      const step = ticks[1];
      expect(
        ticks.every((tick, i) => Number.isInteger(tick) && tick === i * step),
        `max ${max}`,
      ).toBe(true);
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      // Round steps only: 1, 2 or 5 times a power of ten.
      expect(String(step)).toMatch(/^[125]0*$/);
    }
  });

  test('a fraction, which a line of people never is, still gets whole ticks', () => {
    expect(countTicks(0.5)).toEqual([0, 1]);
    expect(countTicks(2.5)).toEqual([0, 1, 2, 3]);
  });
});
