import { z } from 'zod';
import { MAX_HOLDS_PER_USER, Reservation } from './booking';

/** The most reservations one payment covers: the hold limit (docs/api.md, "Payments"). */
export const MAX_RESERVATIONS_PER_PAYMENT = MAX_HOLDS_PER_USER;

export const PayBody = z.object({
  reservationIds: z
    .array(
      // Ids are compared as text (the duplicate check, the database's answers): spell them one way.
      z.uuid('Expected a reservation id').transform((id) => id.toLowerCase()),
      'Expected a list of reservation ids',
    )
    .min(1, 'Name at least one reservation')
    .max(MAX_RESERVATIONS_PER_PAYMENT, `Pay for at most ${MAX_RESERVATIONS_PER_PAYMENT} reservations at once`)
    .refine((ids) => new Set(ids).size === ids.length, 'A reservation is named twice'),
});
export type PayBody = z.infer<typeof PayBody>;

/** POST /api/v1/payments: every reservation CONFIRMED, the balance after paying. */
export const PaymentResult = z.strictObject({
  id: z.uuid(),
  amount: z.int().min(1).describe('Won paid in total'),
  balance: z.int().min(0),
  reservations: z.array(Reservation),
});
