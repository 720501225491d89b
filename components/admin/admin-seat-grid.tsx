import { formatWonWords } from '@/lib/format/format';
import type { AdminSeat, AdminSeatStatus } from '@/lib/schemas/admin-console';
import { formatSeoulTime } from '@/lib/format/format';

export const SEAT_STYLES: Record<AdminSeatStatus, string> = {
  AVAILABLE: 'bg-white text-slate-500 ring-slate-200',
  HELD: 'bg-amber-300 text-amber-950 ring-amber-500',
  SOLD: 'bg-indigo-600 text-white ring-indigo-800',
};

export function describeSeat(seat: AdminSeat) {
  const price = formatWonWords(seat.price);
  if (seat.status === 'AVAILABLE') return `Seat ${seat.number}, ${price}, available`;
  const who = seat.holder ? `${seat.holder.name} (${seat.holder.email})` : 'someone';
  return seat.status === 'HELD'
    ? `Seat ${seat.number}, ${price}, held by ${who}${seat.heldUntil ? ` until ${formatSeoulTime(seat.heldUntil)}` : ''}`
    : `Seat ${seat.number}, ${price}, sold to ${who}`;
}

/** Every seat of a date as a small tile: the hall at a glance. Details are in the table below it. */
export function AdminSeatGrid({ seats }: { seats: AdminSeat[] }) {
  return (
    <ol aria-label="Seats" className="grid grid-cols-[repeat(auto-fill,minmax(2.4rem,1fr))] gap-1.5">
      {seats.map((seat) => (
        <li
          key={seat.id}
          title={describeSeat(seat)}
          className={`grid aspect-square place-items-center rounded-md text-xs font-semibold tabular-nums ring-1 ${SEAT_STYLES[seat.status]}`}
        >
          <span aria-hidden="true">{seat.number}</span>
          <span className="sr-only">{describeSeat(seat)}</span>
        </li>
      ))}
    </ol>
  );
}
