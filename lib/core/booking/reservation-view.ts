import type { Prisma } from '@/lib/db/generated/client';
import type { z } from 'zod';
import type { Reservation as ReservationSchema } from '@/lib/schemas/booking';

/** The Reservation of docs/api.md, "Reservations" (lib/schemas/booking.ts). */
export type ReservationView = z.infer<typeof ReservationSchema>;

/** What a query must include to build a ReservationView. */
export const reservationInclude = {
  seat: { select: { number: true, label: true, grade: true } },
  schedule: { select: { startsAt: true } },
} satisfies Prisma.ReservationInclude;

export type ReservationRow = Prisma.ReservationGetPayload<{ include: typeof reservationInclude }>;

/**
 * A hold past heldUntil reads EXPIRED whether or not the sweeper has marked it yet. The ticket
 * code is the ticket itself: it is shown only while the ticket is CONFIRMED, so a refunded one
 * has none to show.
 */
export function toReservationView(row: ReservationRow, now: Date): ReservationView {
  const status = row.status === 'HELD' && row.heldUntil <= now ? 'EXPIRED' : row.status;
  return {
    id: row.id,
    concertId: row.concertId,
    scheduleId: row.scheduleId,
    seatId: row.seatId,
    seatNumber: row.seat.number,
    seatLabel: row.seat.label,
    grade: row.seat.grade,
    startsAt: row.schedule.startsAt.toISOString(),
    price: row.price,
    status,
    heldUntil: row.heldUntil.toISOString(),
    paymentId: row.paymentId,
    ticketCode: status === 'CONFIRMED' ? row.ticketCode : null,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
