import { SeatHall } from '@/components/seats/seat-layout';
import { formatSeoulTime, formatWonWords } from '@/lib/format/format';
import type { AdminSeat, AdminSeatStatus } from '@/lib/schemas/admin-console';

export const SEAT_STYLES: Record<AdminSeatStatus, string> = {
  AVAILABLE: 'bg-white text-slate-500 ring-slate-200',
  HELD: 'bg-amber-300 text-amber-950 ring-amber-500',
  SOLD: 'bg-indigo-600 text-white ring-indigo-800',
};

export function describeSeat(seat: AdminSeat) {
  const name = `Seat ${seat.label}, ${seat.grade ? `${seat.grade}, ` : ''}${formatWonWords(seat.price)}`;
  if (seat.status === 'AVAILABLE') return `${name}, available`;
  const who = seat.holder ? `${seat.holder.name} (${seat.holder.email})` : 'someone';
  return seat.status === 'HELD'
    ? `${name}, held by ${who}${seat.heldUntil ? ` until ${formatSeoulTime(seat.heldUntil)}` : ''}`
    : `${name}, sold to ${who}`;
}

/**
 * Every seat of a date as a small tile, in the hall's rows as fans see them: the hall at a glance.
 * Details are in the table below it.
 */
export function AdminSeatGrid({ seats }: { seats: AdminSeat[] }) {
  return (
    <SeatHall
      seats={seats}
      label="Seats"
      rowsAs="list"
      renderSeat={(seat) => (
        <span
          title={describeSeat(seat)}
          className={`grid size-full place-items-center rounded-md text-[10px] font-semibold tabular-nums ring-1 sm:text-xs ${SEAT_STYLES[seat.status]}`}
        >
          <span aria-hidden="true">{seat.number}</span>
          <span className="sr-only">{describeSeat(seat)}</span>
        </span>
      )}
    />
  );
}
