import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

/** What a tier needs of a seat: its grade (the server's) and its price. */
interface GradedSeat {
  grade: string | null;
  price: number;
}

// The grade colours are tokens (app/globals.css: --color-tier-N, -fg, -line), light tints on a
// light page and deep ones on a dark page, each readable with its own text colour.
const STYLES = [
  { seat: 'bg-tier-1 text-tier-1-fg ring-tier-1-line hover:ring-2', swatch: 'bg-tier-1 ring-tier-1-line' },
  { seat: 'bg-tier-2 text-tier-2-fg ring-tier-2-line hover:ring-2', swatch: 'bg-tier-2 ring-tier-2-line' },
  { seat: 'bg-tier-3 text-tier-3-fg ring-tier-3-line hover:ring-2', swatch: 'bg-tier-3 ring-tier-3-line' },
  { seat: 'bg-tier-4 text-tier-4-fg ring-tier-4-line hover:ring-2', swatch: 'bg-tier-4 ring-tier-4-line' },
  { seat: 'bg-tier-5 text-tier-5-fg ring-tier-5-line hover:ring-2', swatch: 'bg-tier-5 ring-tier-5-line' },
  { seat: 'bg-tier-6 text-tier-6-fg ring-tier-6-line hover:ring-2', swatch: 'bg-tier-6 ring-tier-6-line' },
];

export interface Tier {
  key: string;
  /** The grade ("VIP"), or null for seats without one (`useTierName` says "Standard"). */
  name: string | null;
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
    const tier = tiers.get(key) ?? { key, name: seat.grade, minPrice: seat.price, maxPrice: seat.price };
    tiers.set(key, { ...tier, minPrice: Math.min(tier.minPrice, seat.price), maxPrice: Math.max(tier.maxPrice, seat.price) });
  }
  return [...tiers.values()]
    .sort((a, b) => b.maxPrice - a.maxPrice || b.minPrice - a.minPrice || (a.name ?? '').localeCompare(b.name ?? ''))
    .map((tier, i) => ({ ...tier, ...STYLES[i % STYLES.length] }));
}

/** A tier's name in the page's language: its grade, or "Standard" ("일반석") for seats without one. */
export function useTierName(): (tier: Pick<Tier, 'name'>) => string {
  const t = useTranslations('seats');
  return useCallback((tier) => tier.name ?? t('standard'), [t]);
}
