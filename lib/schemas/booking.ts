import { z } from 'zod';
import { Id } from './queue';

export const ScheduleIdParams = z.object({ scheduleId: Id });

export const ReservationIdParams = z.object({ reservationId: Id });

export const HoldSeatBody = z.object({ seatId: Id });
export type HoldSeatBody = z.infer<typeof HoldSeatBody>;

export const SeatStatus = z.enum(['AVAILABLE', 'HELD', 'SOLD']);

export const ReservationStatus = z.enum(['HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED']);
