import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { RESERVATION_LIST_LIMIT } from './list-reservations';
import { reservationInclude, toReservationView, type ReservationView } from './reservation-view';

export type ReservationStatusFilter = ReservationView['status'];

export interface AdminReservationFilter {
  concertId?: string;
  scheduleId?: string;
  status?: ReservationStatusFilter;
}

/** Without the ticket code: a code is its holder's alone (the door checks codes in by itself). */
export type AdminReservationView = Omit<ReservationView, 'ticketCode'> & { userEmail: string };

/**
 * Status as readers see it at `now`: a HELD row past its time is EXPIRED, whether or not the
 * sweeper has marked it yet.
 */
function statusWhere(status: ReservationStatusFilter | undefined, now: Date): Prisma.ReservationWhereInput {
  switch (status) {
    case undefined:
      return {};
    case 'HELD':
      return { status: 'HELD', heldUntil: { gt: now } };
    case 'EXPIRED':
      return { OR: [{ status: 'EXPIRED' }, { status: 'HELD', heldUntil: { lte: now } }] };
    default:
      return { status };
  }
}

/** Every user's reservations for the admin, filtered, newest first, at most RESERVATION_LIST_LIMIT. */
export async function listAdminReservations(
  db: Tx,
  filter: AdminReservationFilter,
  now: Date,
): Promise<{ items: AdminReservationView[] }> {
  const rows = await db.reservation.findMany({
    where: { concertId: filter.concertId, scheduleId: filter.scheduleId, ...statusWhere(filter.status, now) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: RESERVATION_LIST_LIMIT,
    include: { ...reservationInclude, user: { select: { email: true } } },
  });
  return {
    items: rows.map((row) => {
      const view: Partial<Pick<ReservationView, 'ticketCode'>> & Omit<ReservationView, 'ticketCode'> = toReservationView(
        row,
        now,
      );
      delete view.ticketCode;
      return { ...view, userEmail: row.user.email };
    }),
  };
}
