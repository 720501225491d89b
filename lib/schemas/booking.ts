import { z } from 'zod';
import { Id } from './queue';

export const ScheduleIdParams = z.object({ scheduleId: Id });

export const ReservationIdParams = z.object({ reservationId: Id });

export const HoldSeatBody = z.object({ seatId: Id });
export type HoldSeatBody = z.infer<typeof HoldSeatBody>;

// The rule is the domain's; pages and components read it here, as they may not import lib/core.
export { MAX_HOLDS_PER_USER } from '@/lib/core/booking/booking-rules';

export const SeatStatus = z.enum(['AVAILABLE', 'HELD', 'SOLD']);

export const ReservationStatus = z.enum(['HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED']);

/** GET /api/v1/concerts/{concertId}/schedules, one date: seats free right now. */
export const Schedule = z.strictObject({
  id: z.uuid(),
  startsAt: z.iso.datetime(),
  totalSeats: z.int().min(0),
  availableSeats: z.int().min(0),
});

/** Where a seat is and what class it is: row "B", label "B14" (row, then number), grade "VIP" or null. */
export const SeatPlace = {
  number: z.int().min(1).describe('Runs 1..N across the rows'),
  row: z.string().describe('"A", "B", ... front to back'),
  label: z.string().describe('What a person reads: the row, then the number ("B14")'),
  grade: z.string().nullable().describe('The price class ("VIP", "R", "S"), or null'),
};

/** GET /api/v1/schedules/{scheduleId}/seats, one seat. A hold past its time reads AVAILABLE. */
export const Seat = z.strictObject({ id: z.uuid(), ...SeatPlace, price: z.int().min(1), status: SeatStatus });

/** The Reservation of docs/api.md, "Reservations". A hold past heldUntil reads EXPIRED. */
export const Reservation = z.strictObject({
  id: z.uuid(),
  concertId: z.uuid(),
  scheduleId: z.uuid(),
  seatId: z.uuid(),
  seatNumber: z.int().min(1),
  seatLabel: z.string().describe('The seat as a person reads it ("B14")'),
  grade: z.string().nullable().describe("The seat's price class, or null"),
  startsAt: z.iso.datetime(),
  price: z.int().min(1).describe('Won'),
  status: ReservationStatus,
  heldUntil: z.iso.datetime(),
  paymentId: z.uuid().nullable().describe('The payment of a CONFIRMED or REFUNDED ticket (its receipt); null before payment'),
  ticketCode: z.string().nullable().describe('What the door scans (shown as a QR code): only while CONFIRMED, else null'),
  checkedInAt: z.iso.datetime().nullable().describe('When the ticket was let in at the door, or null'),
  createdAt: z.iso.datetime(),
});
