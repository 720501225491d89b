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

/** A reservation with its seat's and date's facts, flat: what a statement over pg returns (RESERVATION_VIEW_COLUMNS). */
export interface FlatReservationRow {
  id: string;
  concertId: string;
  scheduleId: string;
  seatId: string;
  seatNumber: number;
  seatLabel: string;
  grade: string | null;
  startsAt: Date;
  price: number;
  status: ReservationRow['status'];
  heldUntil: Date;
  paymentId: string | null;
  ticketCode: string;
  checkedInAt: Date | null;
  createdAt: Date;
}

/** The select list of a FlatReservationRow, over a reservation `r`, its seat `s` and its date `d`. */
export const RESERVATION_VIEW_COLUMNS = `r.id::text, r."concertId"::text, r."scheduleId"::text, r."seatId"::text,
  s.number AS "seatNumber", s.label AS "seatLabel", s.grade, d."startsAt", r.price, r.status::text, r."heldUntil",
  r."paymentId"::text, r."ticketCode", r."checkedInAt", r."createdAt"`;

/** A Prisma row (with reservationInclude) as a ReservationView. */
export function toReservationView(row: ReservationRow, now: Date): ReservationView {
  const { seat, schedule } = row;
  return flatReservationView(
    { ...row, seatNumber: seat.number, seatLabel: seat.label, grade: seat.grade, startsAt: schedule.startsAt },
    now,
  );
}

/**
 * A hold past heldUntil reads EXPIRED whether or not the sweeper has marked it yet. The ticket
 * code is the ticket itself: it is shown only while the ticket is CONFIRMED, so a refunded one
 * has none to show.
 */
export function flatReservationView(row: FlatReservationRow, now: Date): ReservationView {
  const status = row.status === 'HELD' && row.heldUntil <= now ? 'EXPIRED' : row.status;
  return {
    id: row.id,
    concertId: row.concertId,
    scheduleId: row.scheduleId,
    seatId: row.seatId,
    seatNumber: row.seatNumber,
    seatLabel: row.seatLabel,
    grade: row.grade,
    startsAt: row.startsAt.toISOString(),
    price: row.price,
    status,
    heldUntil: row.heldUntil.toISOString(),
    paymentId: row.paymentId,
    ticketCode: status === 'CONFIRMED' ? row.ticketCode : null,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
