import type { Prisma } from '@/lib/db/generated/client';

/** The Reservation of API.md, "Reservations". */
export interface ReservationView {
  id: string;
  concertId: string;
  scheduleId: string;
  seatId: string;
  seatNumber: number;
  startsAt: string;
  price: number;
  status: 'HELD' | 'CONFIRMED' | 'CANCELLED' | 'EXPIRED';
  heldUntil: string;
  createdAt: string;
}

/** What a query must include to build a ReservationView. */
export const reservationInclude = {
  seat: { select: { number: true } },
  schedule: { select: { startsAt: true } },
} satisfies Prisma.ReservationInclude;

export type ReservationRow = Prisma.ReservationGetPayload<{ include: typeof reservationInclude }>;

/** A hold past heldUntil reads EXPIRED whether or not the sweeper has marked it yet. */
export function toReservationView(row: ReservationRow, now: Date): ReservationView {
  const status = row.status === 'HELD' && row.heldUntil <= now ? 'EXPIRED' : row.status;
  return {
    id: row.id,
    concertId: row.concertId,
    scheduleId: row.scheduleId,
    seatId: row.seatId,
    seatNumber: row.seat.number,
    startsAt: row.schedule.startsAt.toISOString(),
    price: row.price,
    status,
    heldUntil: row.heldUntil.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
