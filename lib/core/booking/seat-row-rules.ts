/**
 * How a date's seats are laid out in rows (docs/api.md, "Concerts, dates and seats"). No
 * imports: lib/schemas uses these to check and read an admin's rows, the domain to write seats.
 */

/** Rows a date may have, and seats a row may have, when an admin lays them out. */
export const MAX_ROWS_PER_DATE = 50;
export const MAX_SEATS_PER_ROW = 100;
/** A price class has at most this many characters ("VIP", "R", "Balcony"). */
export const MAX_GRADE_LENGTH = 20;
/**
 * A date given only as a seat count (the API's first shape, and every seat made before rows
 * existed) is laid out in rows of ten, as the seat map has always drawn it.
 */
export const SEATS_PER_PLAIN_ROW = 10;

/** One row as an admin defines it, front to back. */
export interface SeatRowSpec {
  grade: string | null;
  price: number;
  seats: number;
}

/** A seat as it is stored: its number runs 1..N across the rows, its label is row then number. */
export interface LaidOutSeat {
  number: number;
  row: string;
  label: string;
  grade: string | null;
  price: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA", 49 → "AX": the letters of a row, front to back. */
export function rowLetter(index: number): string {
  const letter = (i: number) => String.fromCharCode(65 + i);
  return index < 26 ? letter(index) : letter(Math.floor(index / 26) - 1) + letter(index % 26);
}

/** The seats of a date, front row first, numbered 1..N across the rows. */
export function layOutSeats(rows: SeatRowSpec[]): LaidOutSeat[] {
  const seats: LaidOutSeat[] = [];
  rows.forEach((spec, index) => {
    const row = rowLetter(index);
    for (let i = 0; i < spec.seats; i++) {
      const number = seats.length + 1;
      seats.push({ number, row, label: `${row}${number}`, grade: spec.grade, price: spec.price });
    }
  });
  return seats;
}

/** `seatCount` seats at one price, with no grade, in rows of SEATS_PER_PLAIN_ROW. */
export function plainRows(seatCount: number, price: number): SeatRowSpec[] {
  return Array.from({ length: Math.ceil(seatCount / SEATS_PER_PLAIN_ROW) }, (_, index) => ({
    grade: null,
    price,
    seats: Math.min(SEATS_PER_PLAIN_ROW, seatCount - index * SEATS_PER_PLAIN_ROW),
  }));
}
