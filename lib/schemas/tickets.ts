/**
 * After the purchase: refunds, cancelled dates, door check-in and receipts (docs/api.md,
 * "Refunds", "Tickets and check-in", "Payments").
 */
import { z } from 'zod';
import { Reservation } from './booking';
import { Id } from './queue';

export const PaymentIdParams = z.object({ paymentId: Id });

/** POST /api/v1/admin/schedules/{scheduleId}/cancel */
export const CancelledSchedule = z.strictObject({
  scheduleId: z.uuid(),
  cancelledAt: z.iso.datetime().describe('When the date was first called off'),
  holdsReleased: z.int().min(0).describe('Unexpired holds this call ended'),
  ticketsRefunded: z.int().min(0).describe('Tickets this call refunded'),
});
export type CancelledSchedule = z.infer<typeof CancelledSchedule>;

/** The longest ticket code a door could be handed; a real one is 43 characters. */
const MAX_TICKET_CODE = 200;

/**
 * POST /api/v1/admin/check-ins. Whatever a scanner or a person types: any text is looked up
 * (spaces and line breaks from a paste are dropped), and one that is no ticket is NOT_FOUND.
 */
export const CheckInBody = z.object({
  ticketCode: z
    .string('Expected the ticket code as text')
    .max(MAX_TICKET_CODE, 'This is not a ticket code')
    .transform((code) => code.replace(/\s+/g, ''))
    .pipe(z.string().min(1, 'Enter the ticket code')),
});
export type CheckInBody = z.infer<typeof CheckInBody>;

export const CheckIn = z.strictObject({
  reservation: Reservation,
  checkedInAt: z.iso.datetime(),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** One ticket of a receipt: what was bought, and whether it was given back since. */
export const ReceiptItem = z.strictObject({
  reservationId: z.uuid(),
  concertId: z.uuid(),
  concertTitle: z.string(),
  artist: z.string(),
  venue: z.string(),
  scheduleId: z.uuid(),
  startsAt: z.iso.datetime(),
  seatNumber: z.int().min(1),
  seatLabel: z.string(),
  grade: z.string().nullable(),
  price: z.int().min(1).describe('Won'),
  status: z.enum(['CONFIRMED', 'REFUNDED']),
  refundedAt: z.iso.datetime().nullable(),
});
export type ReceiptItem = z.infer<typeof ReceiptItem>;

/** GET /api/v1/payments/{paymentId} */
export const Receipt = z.strictObject({
  id: z.uuid().describe('The payment id'),
  paidAt: z.iso.datetime(),
  amount: z.int().min(1).describe('Won paid in total'),
  balanceAfter: z.int().min(0).describe("The wallet's balance right after paying"),
  refunded: z.int().min(0).describe('Won given back since, for refunded tickets'),
  buyer: z.strictObject({ name: z.string(), email: z.string() }),
  items: z.array(ReceiptItem),
});
export type Receipt = z.infer<typeof Receipt>;
