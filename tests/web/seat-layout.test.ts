import { describe, expect, test } from 'vitest';
import { hallOf, seatTowards, type SeatKey } from '@/components/seats/seat-layout';

// The hall both seat maps draw (components/seats/seat-layout.tsx): rows on a common grid with an aisle.

/** Seats numbered 1..N across rows of the given lengths, lettered A, B, ... */
const seatsIn = (...lengths: number[]) => {
  let number = 0;
  return lengths.flatMap((length, r) =>
    Array.from({ length }, () => {
      number += 1;
      const row = String.fromCharCode(65 + r);
      return { id: `${row}${number}`, row, number };
    }),
  );
};

const drawn = (lengths: number[]) =>
  hallOf(seatsIn(...lengths)).rows.map(({ row, cells }) => `${row}: ${cells.map((s) => (s ? s.number : '.')).join(' ')}`);

describe('the hall', () => {
  test('rows of ten have the aisle after the fifth seat, the short back row sits in the middle', () => {
    const hall = hallOf(seatsIn(10, 10, 3));
    expect([hall.columns, hall.aisleAfter]).toEqual([10, 5]);
    expect(drawn([10, 10, 3])).toEqual([
      'A: 1 2 3 4 5 6 7 8 9 10',
      'B: 11 12 13 14 15 16 17 18 19 20',
      'C: . . . 21 22 23 . . . .',
    ]);
  });

  test('the widest row sets the grid; a narrow hall has no aisle', () => {
    expect(drawn([2, 4, 3])).toEqual(['A: . 1 2 .', 'B: 3 4 5 6', 'C: 7 8 9 .']);
    expect(hallOf(seatsIn(2, 4, 3)).aisleAfter).toBeNull();
    expect(hallOf(seatsIn(7)).aisleAfter).toBe(4);
    expect(hallOf([])).toEqual({ rows: [], columns: 0, aisleAfter: null });
  });

  test('the arrow keys go along a row and to the nearest seat of the next row; Home and End to its ends', () => {
    const seats = seatsIn(4, 8, 2);
    const hall = hallOf(seats);
    const from = (label: string, key: SeatKey) =>
      seatTowards(
        hall,
        seats.find((s) => s.id === label)!,
        key,
      )?.id ?? null;
    // A: . . 1 2 3 4 . .   B: 5 6 7 8 9 10 11 12   C: . . . 13 14 . . .
    expect(from('A1', 'ArrowLeft')).toBeNull();
    expect(from('A1', 'ArrowRight')).toBe('A2');
    expect(from('A1', 'ArrowDown')).toBe('B7');
    expect(from('B5', 'ArrowUp')).toBe('A1');
    expect(from('B12', 'ArrowUp')).toBe('A4');
    expect(from('B12', 'ArrowDown')).toBe('C14');
    expect(from('C13', 'ArrowDown')).toBeNull();
    expect(from('A1', 'ArrowUp')).toBeNull();
    expect(from('B9', 'Home')).toBe('B5');
    expect(from('B9', 'End')).toBe('B12');
  });
});
