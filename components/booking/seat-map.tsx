'use client';

import { useRef, useState } from 'react';
import { formatWon, formatWonWords } from '@/lib/format/format';
import type { Seat } from '@/lib/query/types';
import type { Tier } from './seat-tiers';

export const SEATS_PER_ROW = 10;
const AISLE_AFTER = 5;
const rowName = (row: number) => (row < 26 ? String.fromCharCode(65 + row) : `R${row + 1}`);

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

/**
 * The seat map: one button a seat, in rows of ten with an aisle, coloured by price grade and
 * state. One seat is in the tab order at a time and the arrow keys move between seats, so a
 * keyboard user crosses a 500-seat hall without 500 tab stops.
 */
export function SeatMap({ seats, tiers, selectedIds, mineIds, onToggle }: SeatMapProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(() =>
    Math.max(
      0,
      seats.findIndex((s) => s.status === 'AVAILABLE'),
    ),
  );
  const tabStop = Math.min(focusIndex, seats.length - 1);
  const tierOf = new Map(tiers.map((tier) => [tier.price, tier]));

  function stateOf(seat: Seat): SeatState {
    if (mineIds.has(seat.id)) return 'yours';
    if (seat.status === 'SOLD') return 'sold';
    if (seat.status === 'HELD') return 'held';
    return selectedIds.has(seat.id) ? 'selected' : 'available';
  }

  function move(from: number, event: React.KeyboardEvent) {
    const rowStart = from - (from % SEATS_PER_ROW);
    const target = {
      ArrowRight: from + 1,
      ArrowLeft: from - 1,
      ArrowDown: from + SEATS_PER_ROW,
      ArrowUp: from - SEATS_PER_ROW,
      Home: rowStart,
      End: Math.min(rowStart + SEATS_PER_ROW, seats.length) - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(seats.length - 1, target));
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  const rows = Array.from({ length: Math.ceil(seats.length / SEATS_PER_ROW) }, (_, r) =>
    seats.slice(r * SEATS_PER_ROW, (r + 1) * SEATS_PER_ROW),
  );

  return (
    <div className="flex flex-col items-center gap-5">
      <div
        aria-hidden="true"
        className="w-4/5 max-w-md rounded-b-[2rem] bg-gradient-to-b from-slate-800 to-slate-600 py-2 text-center text-xs font-bold uppercase tracking-[0.4em] text-white shadow"
      >
        Stage
      </div>
      <div role="group" aria-label="Seats" className="flex w-full max-w-lg flex-col gap-1.5">
        {rows.map((row, r) => (
          <div key={r} className="flex items-center gap-1 sm:gap-1.5">
            <span aria-hidden="true" className="w-5 shrink-0 text-center text-xs font-semibold text-slate-500">
              {rowName(r)}
            </span>
            {row.map((seat, c) => {
              const index = r * SEATS_PER_ROW + c;
              const state = stateOf(seat);
              const tier = tierOf.get(seat.price);
              const disabled = state === 'held' || state === 'sold';
              return (
                <button
                  key={seat.id}
                  ref={(el) => {
                    buttons.current[index] = el;
                  }}
                  type="button"
                  tabIndex={index === tabStop ? 0 : -1}
                  aria-label={`Seat ${seat.number}, ${formatWonWords(seat.price)}, ${STATE_WORDS[state]}`}
                  aria-pressed={state === 'yours' ? undefined : state === 'selected'}
                  aria-disabled={disabled || state === 'yours' ? true : undefined}
                  onFocus={() => setFocusIndex(index)}
                  onKeyDown={(event) => move(index, event)}
                  onClick={() => !disabled && state !== 'yours' && onToggle(seat)}
                  className={`aspect-square min-w-0 flex-1 rounded-md text-[10px] font-semibold tabular-nums ring-1 transition sm:rounded-lg sm:text-xs ${
                    c === AISLE_AFTER - 1 ? 'mr-2 sm:mr-4' : ''
                  } ${state === 'available' ? (tier?.seat ?? '') : STATE_STYLES[state]}`}
                >
                  {seat.number}
                </button>
              );
            })}
            {Array.from({ length: SEATS_PER_ROW - row.length }, (_, i) => (
              <span key={`gap-${i}`} aria-hidden="true" className="aspect-square min-w-0 flex-1" />
            ))}
            <span aria-hidden="true" className="w-5 shrink-0 text-center text-xs font-semibold text-slate-500">
              {rowName(r)}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}

export function SeatLegend({ tiers }: { tiers: Tier[] }) {
  const swatch = 'inline-block size-4 shrink-0 rounded ring-1';
  return (
    <div className="flex flex-col gap-3 text-sm">
      <ul aria-label="Price grades" className="flex flex-wrap gap-x-4 gap-y-2">
        {tiers.map((tier) => (
          <li key={tier.price} className="flex items-center gap-2">
            <span aria-hidden="true" className={`${swatch} ${tier.swatch}`} />
            <span className="font-semibold">{tier.name}</span>
            <span className="tabular-nums text-slate-600">{formatWon(tier.price)}</span>
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
