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

/** GET /api/v1/schedules/{scheduleId}/seats, one seat. A hold past its time reads AVAILABLE. */
export const Seat = z.strictObject({ id: z.uuid(), number: z.int().min(1), price: z.int().min(1), status: SeatStatus });

/** The Reservation of docs/api.md, "Reservations". A hold past heldUntil reads EXPIRED. */
export const Reservation = z.strictObject({
  id: z.uuid(),
  concertId: z.uuid(),
  scheduleId: z.uuid(),
  seatId: z.uuid(),
  seatNumber: z.int().min(1),
  startsAt: z.iso.datetime(),
  price: z.int().min(1).describe('Won'),
  status: ReservationStatus,
  heldUntil: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
