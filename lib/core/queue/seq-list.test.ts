import { describe, expect, test } from 'vitest';
import { parseSeqList } from './seq-list';

describe('parseSeqList', () => {
  test('reads the seqs of a line as numbers, drawn (negative) places included, in order', () => {
    expect([...parseSeqList('-3,-2,-1,7,42,1000000007')]).toEqual([-3, -2, -1, 7, 42, 1000000007]);
    expect([...parseSeqList('5')]).toEqual([5]);
    expect(parseSeqList('')).toHaveLength(0);
  });

  test('agrees with a plain split over a long line', () => {
    const seqs = Array.from({ length: 5_000 }, (_, i) => (i < 300 ? i - 300 : i * 7 + 9_000_000_000));
    expect([...parseSeqList(seqs.join(','))]).toEqual(seqs);
  });
});
