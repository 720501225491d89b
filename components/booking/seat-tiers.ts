import type { Seat } from '@/lib/query/types';

/** Korean box offices name price grades VIP, R, S, A...; the dearest seats are the first grade. */
const NAMES = ['VIP', 'R', 'S', 'A', 'B', 'C'];
const STYLES = [
  { seat: 'bg-violet-100 text-violet-950 ring-violet-500 hover:bg-violet-200', swatch: 'bg-violet-100 ring-violet-500' },
  { seat: 'bg-rose-100 text-rose-950 ring-rose-500 hover:bg-rose-200', swatch: 'bg-rose-100 ring-rose-500' },
  { seat: 'bg-sky-100 text-sky-950 ring-sky-500 hover:bg-sky-200', swatch: 'bg-sky-100 ring-sky-500' },
  { seat: 'bg-amber-100 text-amber-950 ring-amber-500 hover:bg-amber-200', swatch: 'bg-amber-100 ring-amber-500' },
  { seat: 'bg-teal-100 text-teal-950 ring-teal-500 hover:bg-teal-200', swatch: 'bg-teal-100 ring-teal-500' },
  { seat: 'bg-lime-100 text-lime-950 ring-lime-600 hover:bg-lime-200', swatch: 'bg-lime-100 ring-lime-600' },
];

export interface Tier {
  name: string;
  price: number;
  seat: string;
  swatch: string;
}

export function seatTiers(seats: Seat[]): Tier[] {
  const prices = [...new Set(seats.map((seat) => seat.price))].sort((a, b) => b - a);
  return prices.map((price, i) => ({
    name: prices.length === 1 ? 'Standard' : (NAMES[i] ?? `Tier ${i + 1}`),
    price,
    ...STYLES[i % STYLES.length],
  }));
}
