'use client';

import { useTranslations } from 'next-intl';
import { useLayoutEffect, useRef } from 'react';

/**
 * The hall's geometry, shared by the fan's seat map and the admin's: the stage in front, the
 * rows the server laid out (A at the front), each row centred on a common grid with an aisle
 * down the middle. Rows wider than the screen scroll inside the map, never the page.
 */

/** What the layout needs of a seat: seats come by number, so row by row, front first. */
export interface PlacedSeat {
  id: string;
  row: string;
  number: number;
}

export interface HallRow<T> {
  row: string;
  /** `columns` cells: the row's seats centred, null where the row has no seat. */
  cells: (T | null)[];
}

export interface Hall<T> {
  rows: HallRow<T>[];
  columns: number;
  /** How many columns lie left of the aisle; null for a hall too narrow for one. */
  aisleAfter: number | null;
}

const MIN_COLUMNS_FOR_AISLE = 6;

/** Seats (by number) as rows on a grid: the widest row sets the columns, shorter ones are centred. */
export function hallOf<T extends PlacedSeat>(seats: T[]): Hall<T> {
  const byRow = new Map<string, T[]>();
  for (const seat of seats) byRow.set(seat.row, [...(byRow.get(seat.row) ?? []), seat]);
  const columns = Math.max(0, ...[...byRow.values()].map((row) => row.length));
  const rows = [...byRow].map(([row, rowSeats]) => {
    const before = Math.floor((columns - rowSeats.length) / 2);
    const after = columns - rowSeats.length - before;
    return { row, cells: [...Array<null>(before).fill(null), ...rowSeats, ...Array<null>(after).fill(null)] };
  });
  return { rows, columns, aisleAfter: columns >= MIN_COLUMNS_FOR_AISLE ? Math.ceil(columns / 2) : null };
}

export type SeatKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * Where a key moves from a seat: left and right along the row, Home and End to its ends, up
 * and down to the nearest seat of the row in front or behind. Null at an edge.
 */
export function seatTowards<T>(hall: Hall<T>, from: T, key: SeatKey): T | null {
  const r = hall.rows.findIndex((row) => row.cells.includes(from));
  if (r === -1) return null;
  const column = hall.rows[r].cells.indexOf(from);
  const seatsOf = (row: HallRow<T>) => row.cells.flatMap((seat, c) => (seat === null ? [] : [{ seat, c }]));
  const here = seatsOf(hall.rows[r]);
  const at = here.findIndex((s) => s.c === column);
  switch (key) {
    case 'ArrowLeft':
      return here[at - 1]?.seat ?? null;
    case 'ArrowRight':
      return here[at + 1]?.seat ?? null;
    case 'Home':
      return here[0].seat;
    case 'End':
      return here[here.length - 1].seat;
    default: {
      const next = hall.rows[key === 'ArrowUp' ? r - 1 : r + 1];
      if (!next) return null;
      const nearest = seatsOf(next).sort((a, b) => Math.abs(a.c - column) - Math.abs(b.c - column))[0];
      return nearest?.seat ?? null;
    }
  }
}

interface SeatHallProps<T> {
  seats: T[];
  /** The accessible name of the whole map. */
  label: string;
  /** Rows as lists of seats (a map to read) or as groups (a map of buttons to press). */
  rowsAs: 'list' | 'group';
  /** One seat, filling its square cell. */
  renderSeat: (seat: T) => React.ReactNode;
}

const ROW_LABEL = 'w-5 shrink-0 text-center text-xs font-semibold text-fg-muted';

/** The stage, the rows with their letters on both sides, and the aisle. */
export function SeatHall<T extends PlacedSeat>({ seats, label, rowsAs, renderSeat }: SeatHallProps<T>) {
  const t = useTranslations('seats');
  const hall = hallOf(seats);
  const scroller = useRef<HTMLDivElement>(null);
  // A hall wider than the screen opens on its middle, where the stage is, not on its left edge.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
  }, [hall.columns]);
  const Row = rowsAs === 'list' ? 'ul' : 'div';
  const Cell = rowsAs === 'list' ? 'li' : 'span';
  // About 2.5rem a seat at most, so a small hall is not blown up to the width of the screen.
  const maxWidth = `${hall.columns * 2.75 + 3}rem`;
  return (
    <div className="flex w-full flex-col items-center gap-5">
      <div
        aria-hidden="true"
        className="w-4/5 max-w-md rounded-b-[2rem] bg-gradient-to-b from-slate-800 to-slate-600 py-2 text-center text-xs font-bold uppercase tracking-[0.4em] text-white shadow"
      >
        {t('stage')}
      </div>
      {/* Inline-size containment: however wide the rows, the map takes the width it is given and scrolls.
          A map of buttons scrolls to the focused seat; a map to read takes the focus, so the keys scroll it. */}
      <div
        ref={scroller}
        tabIndex={rowsAs === 'list' ? 0 : undefined}
        className="w-full overflow-x-auto rounded-md pb-1 [contain:inline-size] focus-visible:outline-2 focus-visible:outline-focus"
      >
        <div role="group" aria-label={label} className="mx-auto flex w-full min-w-max flex-col gap-1.5" style={{ maxWidth }}>
          {hall.rows.map(({ row, cells }) => (
            <div key={row} className="flex items-center gap-1 sm:gap-1.5">
              <span aria-hidden="true" className={ROW_LABEL}>
                {row}
              </span>
              <Row
                // An explicit list role: Safari drops it from a list styled without bullets.
                role={rowsAs}
                aria-label={t('row', { row })}
                className="flex flex-1 items-center gap-1 sm:gap-1.5"
              >
                {cells.map((seat, c) => (
                  <Cell
                    key={seat?.id ?? `gap-${c}`}
                    aria-hidden={seat ? undefined : true}
                    className={`flex aspect-square min-w-5 flex-1 ${c + 1 === hall.aisleAfter ? 'mr-2 sm:mr-4' : ''}`}
                  >
                    {seat && renderSeat(seat)}
                  </Cell>
                ))}
              </Row>
              <span aria-hidden="true" className={ROW_LABEL}>
                {row}
              </span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
