/** What a tier needs of a seat: its grade (the server's) and its price. */
interface GradedSeat {
  grade: string | null;
  price: number;
}

const STYLES = [
  { seat: 'bg-violet-100 text-violet-950 ring-violet-500 hover:bg-violet-200', swatch: 'bg-violet-100 ring-violet-500' },
  { seat: 'bg-rose-100 text-rose-950 ring-rose-500 hover:bg-rose-200', swatch: 'bg-rose-100 ring-rose-500' },
  { seat: 'bg-sky-100 text-sky-950 ring-sky-500 hover:bg-sky-200', swatch: 'bg-sky-100 ring-sky-500' },
  { seat: 'bg-amber-100 text-amber-950 ring-amber-500 hover:bg-amber-200', swatch: 'bg-amber-100 ring-amber-500' },
  { seat: 'bg-teal-100 text-teal-950 ring-teal-500 hover:bg-teal-200', swatch: 'bg-teal-100 ring-teal-500' },
  { seat: 'bg-lime-100 text-lime-950 ring-lime-600 hover:bg-lime-200', swatch: 'bg-lime-100 ring-lime-600' },
];

export interface Tier {
  key: string;
  /** The grade ("VIP"), or "Standard" for seats without one. */
  name: string;
  minPrice: number;
  maxPrice: number;
  seat: string;
  swatch: string;
}

/** Seats of one grade share a tier; seats without a grade are grouped by price. */
export const tierKey = (seat: GradedSeat) => (seat.grade === null ? `price:${seat.price}` : `grade:${seat.grade}`);

/** The price grades of a date, dearest first, each with its colours. */
export function seatTiers(seats: GradedSeat[]): Tier[] {
  const tiers = new Map<string, Omit<Tier, 'seat' | 'swatch'>>();
  for (const seat of seats) {
    const key = tierKey(seat);
    const tier = tiers.get(key) ?? { key, name: seat.grade ?? 'Standard', minPrice: seat.price, maxPrice: seat.price };
    tiers.set(key, { ...tier, minPrice: Math.min(tier.minPrice, seat.price), maxPrice: Math.max(tier.maxPrice, seat.price) });
  }
  return [...tiers.values()]
    .sort((a, b) => b.maxPrice - a.maxPrice || b.minPrice - a.minPrice || a.name.localeCompare(b.name))
    .map((tier, i) => ({ ...tier, ...STYLES[i % STYLES.length] }));
}
