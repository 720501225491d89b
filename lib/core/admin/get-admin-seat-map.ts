import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import type { AdminSeat } from '@/lib/schemas/admin-console';

/**
 * A date's seats, by number, with who holds or bought each and until when a hold lasts. Unlike
 * the customers' map it shows dates that have begun too. The seat row decides the status (a
 * hold past its time reads AVAILABLE, sweeper or not); the seat's one live reservation
 * ("Reservation_one_live_per_seat") names the holder.
 */
export async function getAdminSeatMap(db: Tx, scheduleId: string, now: Date): Promise<AdminSeat[]> {
  const schedule = await db.schedule.findUnique({ where: { id: scheduleId }, select: { id: true } });
  if (!schedule) throw new DomainError('NOT_FOUND', 'No such date');

  const seats = await db.seat.findMany({
    where: { scheduleId },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      number: true,
      row: true,
      label: true,
      grade: true,
      price: true,
      status: true,
      heldUntil: true,
      reservations: {
        where: { OR: [{ status: 'CONFIRMED' }, { status: 'HELD', heldUntil: { gt: now } }] },
        select: { id: true, user: { select: { email: true, name: true } } },
        take: 1,
      },
    },
  });
  return seats.map((seat) => {
    const status = seat.status === 'HELD' && (seat.heldUntil === null || seat.heldUntil <= now) ? 'AVAILABLE' : seat.status;
    const live = status === 'AVAILABLE' ? undefined : seat.reservations[0];
    return {
      id: seat.id,
      number: seat.number,
      row: seat.row,
      label: seat.label,
      grade: seat.grade,
      price: seat.price,
      status,
      holder: live ? { email: live.user.email, name: live.user.name } : null,
      heldUntil: status === 'HELD' && seat.heldUntil ? seat.heldUntil.toISOString() : null,
      reservationId: live?.id ?? null,
    };
  });
}
