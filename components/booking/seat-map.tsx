'use client';

import { useRef, useState } from 'react';
import { hallOf, SeatHall, seatTowards, type SeatKey } from '@/components/seats/seat-layout';
import { formatWon, formatWonWords } from '@/lib/format/format';
import type { Seat } from '@/lib/query/types';
import { tierKey, type Tier } from './seat-tiers';

type SeatState = 'available' | 'selected' | 'yours' | 'held' | 'sold';

const STATE_WORDS: Record<SeatState, string> = {
  available: 'available',
  selected: 'available',
  yours: 'held by you',
  held: 'on hold',
  sold: 'sold',
};

const STATE_STYLES: Record<Exclude<SeatState, 'available'>, string> = {
  selected: 'bg-indigo-600 text-white ring-2 ring-indigo-900 shadow-md scale-105',
  yours: 'bg-emerald-600 text-white ring-emerald-800',
  held: 'cursor-not-allowed bg-[repeating-linear-gradient(135deg,#e2e8f0_0_4px,#f8fafc_4px_8px)] text-slate-400 ring-slate-300',
  sold: 'cursor-not-allowed bg-slate-300 text-slate-500 ring-slate-300 line-through',
};

interface SeatMapProps {
  seats: Seat[];
  tiers: Tier[];
  selectedIds: ReadonlySet<string>;
  /** Seats the signed-in user holds already (the API says only HELD; reservations say whose). */
  mineIds: ReadonlySet<string>;
  onToggle: (seat: Seat) => void;
}

const KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** "Seat B14, VIP, 154,000 won, available": what a screen reader hears and a test presses. */
export const seatName = (seat: Seat, state: string) =>
  `Seat ${seat.label}, ${seat.grade ? `${seat.grade}, ` : ''}${formatWonWords(seat.price)}, ${state}`;

/**
 * The seat map: one button a seat, in the hall's rows with an aisle, coloured by price grade and
 * state. One seat is in the tab order at a time and the arrow keys move between seats, so a
 * keyboard user crosses a 500-seat hall without 500 tab stops.
 */
export function SeatMap({ seats, tiers, selectedIds, mineIds, onToggle }: SeatMapProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusId, setFocusId] = useState<string | null>(null);
  const tabStop = seats.find((s) => s.id === focusId)?.id ?? seats.find((s) => s.status === 'AVAILABLE')?.id ?? seats[0]?.id;
  const tierOf = new Map(tiers.map((tier) => [tier.key, tier]));
  const hall = hallOf(seats);

  function stateOf(seat: Seat): SeatState {
    if (mineIds.has(seat.id)) return 'yours';
    if (seat.status === 'SOLD') return 'sold';
    if (seat.status === 'HELD') return 'held';
    return selectedIds.has(seat.id) ? 'selected' : 'available';
  }

  function move(from: Seat, event: React.KeyboardEvent) {
    if (!KEYS.has(event.key)) return;
    event.preventDefault();
    const next = seatTowards(hall, from, event.key as SeatKey);
    if (!next) return;
    setFocusId(next.id);
    buttons.current.get(next.id)?.focus();
  }

  return (
    <SeatHall
      seats={seats}
      label="Seats"
      rowsAs="group"
      renderSeat={(seat) => {
        const state = stateOf(seat);
        const disabled = state === 'held' || state === 'sold';
        return (
          <button
            ref={(el) => {
              if (el) buttons.current.set(seat.id, el);
              else buttons.current.delete(seat.id);
            }}
            type="button"
            tabIndex={seat.id === tabStop ? 0 : -1}
            aria-label={seatName(seat, STATE_WORDS[state])}
            aria-pressed={state === 'yours' ? undefined : state === 'selected'}
            aria-disabled={disabled || state === 'yours' ? true : undefined}
            onFocus={() => setFocusId(seat.id)}
            onKeyDown={(event) => move(seat, event)}
            onClick={() => !disabled && state !== 'yours' && onToggle(seat)}
            className={`size-full rounded-md text-[10px] font-semibold tabular-nums ring-1 transition sm:rounded-lg sm:text-xs ${
              state === 'available' ? (tierOf.get(tierKey(seat))?.seat ?? '') : STATE_STYLES[state]
            }`}
          >
            {seat.number}
          </button>
        );
      }}
    />
  );
}

export function SeatLegend({ tiers }: { tiers: Tier[] }) {
  const swatch = 'inline-block size-4 shrink-0 rounded ring-1';
  return (
    <div className="flex flex-col gap-3 text-sm">
      <ul aria-label="Price grades" className="flex flex-wrap gap-x-4 gap-y-2">
        {tiers.map((tier) => (
          <li key={tier.key} className="flex items-center gap-2">
            <span aria-hidden="true" className={`${swatch} ${tier.swatch}`} />
            <span className="font-semibold">{tier.name}</span>
            <span className="tabular-nums text-slate-600">
              {tier.minPrice === tier.maxPrice
                ? formatWon(tier.minPrice)
                : `${formatWon(tier.minPrice)} – ${formatWon(tier.maxPrice)}`}
            </span>
          </li>
        ))}
      </ul>
      <ul aria-label="Seat states" className="flex flex-wrap gap-x-4 gap-y-2 text-slate-700">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={`${swatch} bg-indigo-600 ring-indigo-900`} />
          Your choice
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={`${swatch} bg-emerald-600 ring-emerald-800`} />
          Held by you
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={`${swatch} ${STATE_STYLES.held}`} />
          On hold
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={`${swatch} bg-slate-300 ring-slate-300`} />
          Sold
        </li>
      </ul>
    </div>
  );
}
