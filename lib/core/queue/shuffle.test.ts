import { randomInt } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { shuffle, type RandomBelow } from './shuffle';

// The draw's fairness, checked on the function the draw uses (draw-pre-queue.ts): each of N early
// joiners must be equally likely to get each of the N places. DRAWS shuffles of N, and a
// chi-square test over the N x N table of (joiner, place) counts: for a uniform shuffle the
// statistic follows a chi-square distribution with (N - 1)^2 = 49 degrees of freedom (mean 49,
// standard deviation 9.9). BOUND is where that distribution's upper tail is 1e-13, so the
// test cannot flake; a shuffle off by a few per cent in any cell lands far beyond it (below).
const N = 8;
const DRAWS = 80_000;
const BOUND = 160;

/** The chi-square statistic of the (joiner, place) counts of DRAWS shuffles of N joiners. */
function chiSquare(shuffleOnce: (items: number[]) => number[]): number {
  const counts = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  const joiners = Array.from({ length: N }, (_, i) => i);
  for (let draw = 0; draw < DRAWS; draw++) {
    shuffleOnce(joiners).forEach((joiner, place) => counts[joiner][place]++);
  }
  const expected = DRAWS / N;
  return counts.flat().reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
}

describe('the shuffle of the pre-queue draw', () => {
  test(`gives each of ${N} joiners each place with equal chance (chi-square over ${DRAWS.toLocaleString('en')} draws)`, () => {
    const statistic = chiSquare((items) => shuffle(items));
    console.log(`[draw] chi-square ${statistic.toFixed(1)} with ${(N - 1) ** 2} degrees of freedom (bound ${BOUND})`);
    expect(statistic).toBeLessThan(BOUND);
  });

  test('the same test catches the classic biased shuffles', () => {
    // Swapping each place with any place, not only the ones not yet fixed: n^n paths onto n! orders.
    const naive = (items: number[]) => {
      const order = [...items];
      for (let i = 0; i < order.length; i++) {
        const j = randomInt(order.length);
        [order[i], order[j]] = [order[j], order[i]];
      }
      return order;
    };
    // Off by one (Sattolo's algorithm): nobody can keep their own place.
    const offByOne = (items: number[]) => shuffle(items, (max) => randomInt(max - 1));
    expect(chiSquare(naive)).toBeGreaterThan(BOUND * 5);
    expect(chiSquare(offByOne)).toBeGreaterThan(BOUND * 5);
  });

  test('is Fisher-Yates over the random source it is given, and leaves its input alone', () => {
    const items = ['a', 'b', 'c', 'd'];
    // Always the lowest choice: each step swaps the last unfixed place with the first.
    const lowest: RandomBelow = () => 0;
    expect(shuffle(items, lowest)).toEqual(['b', 'c', 'd', 'a']);
    // Always the highest choice: every place keeps its item.
    expect(shuffle(items, (max) => max - 1)).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
    expect(shuffle([], lowest)).toEqual([]);
  });
});
