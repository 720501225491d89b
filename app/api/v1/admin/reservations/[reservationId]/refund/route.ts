import { refundReservation } from '@/lib/core/booking/refund-reservation';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { Reservation, ReservationIdParams } from '@/lib/schemas/booking';

// POST /api/v1/admin/reservations/{id}/refund: give anyone's ticket back, at any time
export const POST = route(
  {
    auth: 'admin',
    idempotency: 'admin-refunds',
    params: ReservationIdParams,
    doc: {
      summary: "Refund anyone's ticket",
      description:
        "The same as a fan's refund for any CONFIRMED ticket, with no cutoff and whether or not it was used at the door. " +
        "The money goes back to the ticket holder's wallet.",
      tag: 'Admin',
      responses: { 200: Reservation },
      errors: ['NOT_FOUND', 'RESERVATION_NOT_REFUNDABLE'],
    },
  },
  async ({ params, idempotency, now }) =>
    json(await refundReservation(db(), { reservationId: params.reservationId, by: { role: 'admin' }, idempotency }, now)),
);
