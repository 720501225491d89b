import { env } from '@/lib/config/env';
import { refundReservation } from '@/lib/core/booking/refund-reservation';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { Reservation, ReservationIdParams } from '@/lib/schemas/booking';

// POST /api/v1/reservations/{id}/refund: give one of my tickets back, until the cutoff.
// Not queue-gated: a refund books nothing, and a fan must not wait in line to get money back.
export const POST = route(
  {
    auth: 'user',
    idempotency: 'refunds',
    params: ReservationIdParams,
    doc: {
      summary: 'Refund one of my tickets',
      description:
        'All or nothing: the reservation REFUNDED, its price back in the wallet as one REFUND transaction, the seat ' +
        'AVAILABLE again. Only your CONFIRMED ticket, not yet used at the door, with its show more than ' +
        "REFUND_CUTOFF_HOURS away; anything else is RESERVATION_NOT_REFUNDABLE. Someone else's reservation is NOT_FOUND.",
      tag: 'Booking',
      responses: { 200: Reservation },
      errors: ['NOT_FOUND', 'RESERVATION_NOT_REFUNDABLE'],
    },
  },
  async ({ user, params, idempotency, now }) =>
    json(
      await refundReservation(
        db(),
        {
          reservationId: params.reservationId,
          by: { role: 'holder', userId: user.id, cutoffHours: env().REFUND_CUTOFF_HOURS },
          idempotency,
        },
        now,
      ),
    ),
);
