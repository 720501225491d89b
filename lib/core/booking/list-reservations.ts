import type { Tx } from '@/lib/db/client';
import { reservationInclude, toReservationView, type ReservationView } from './reservation-view';

/** Enough for any real fan's history, and a bound on what one request can ask the database. */
export const RESERVATION_LIST_LIMIT = 500;

/** The user's own reservations, newest first. */
export async function listReservations(db: Tx, userId: string, now: Date): Promise<ReservationView[]> {
  const rows = await db.reservation.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: RESERVATION_LIST_LIMIT,
    include: reservationInclude,
  });
  return rows.map((row) => toReservationView(row, now));
}
