'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useRef, useState } from 'react';
import { hallOf, SeatHall, seatTowards, type SeatKey } from '@/components/seats/seat-layout';
import { useFormat } from '@/components/ui/use-format';
import type { Seat } from '@/lib/query/types';
import { tierKey, useTierName, type Tier } from './seat-tiers';

type SeatState = 'available' | 'selected' | 'yours' | 'held' | 'sold';

/** What a screen reader hears of each state ("selected" is said by aria-pressed). */
const STATE_WORDS = { available: 'available', selected: 'available', yours: 'yours', held: 'held', sold: 'sold' } as const;

const STATE_STYLES: Record<Exclude<SeatState, 'available'>, string> = {
  selected: 'bg-accent text-on-accent ring-2 ring-accent-soft-fg shadow-md scale-105',
  yours: 'bg-success text-on-success ring-success-hover',
  held: 'cursor-not-allowed bg-[repeating-linear-gradient(135deg,var(--color-surface-strong)_0_4px,var(--color-surface-sunken)_4px_8px)] text-fg-muted ring-line-strong',
  sold: 'cursor-not-allowed bg-surface-strong text-fg-muted ring-line-strong line-through',
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

/** "Seat B14, VIP, 154,000 won, available" ("B14석, VIP, 154,000원, 예매 가능"): what a screen reader hears and a test presses. */
export function useSeatName(): (seat: Seat, state: keyof typeof STATE_WORDS) => string {
  const t = useTranslations('seats');
  const format = useFormat();
  return useCallback(
    (seat, state) =>
      t('name', {
        label: seat.label,
        grade: seat.grade ? t('gradePart', { grade: seat.grade }) : '',
        price: format.wonWords(seat.price),
        state: t(`state.${STATE_WORDS[state]}`),
      }),
    [t, format],
  );
}

/**
 * The seat map: one button a seat, in the hall's rows with an aisle, coloured by price grade and
 * state. One seat is in the tab order at a time and the arrow keys move between seats, so a
 * keyboard user crosses a 500-seat hall without 500 tab stops.
 */
export function SeatMap({ seats, tiers, selectedIds, mineIds, onToggle }: SeatMapProps) {
  const t = useTranslations('seats');
  const seatName = useSeatName();
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
      label={t('hall')}
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
            aria-label={seatName(seat, state)}
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
  const t = useTranslations('seats');
  const format = useFormat();
  const tierName = useTierName();
  const swatch = 'inline-block size-4 shrink-0 rounded ring-1';
  return (
    <div className="flex flex-col gap-3 text-sm">
      <ul aria-label={t('grades')} className="flex flex-wrap gap-x-4 gap-y-2">
        {tiers.map((tier) => (
          <li key={tier.key} className="flex items-center gap-2">
            <span aria-hidden="true" className={`${swatch} ${tier.swatch}`} />
            <span className="font-semibold">{tierName(tier)}</span>
            <span className="tabular-nums text-fg-muted">
              {tier.minPrice === tier.maxPrice
                ? format.won(tier.minPrice)
                : format.range(format.won(tier.minPrice), format.won(tier.maxPrice))}
            </span>
          </li>
        ))}
      </ul>
      <ul aria-label={t('states')} className="flex flex-wrap gap-x-4 gap-y-2 text-fg-soft">
        {(['selected', 'yours', 'held', 'sold'] as const).map((state) => (
          <li key={state} className="flex items-center gap-2">
            <span aria-hidden="true" className={`${swatch} ${STATE_STYLES[state]} scale-100 shadow-none`} />
            {t(`legend.${state}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
