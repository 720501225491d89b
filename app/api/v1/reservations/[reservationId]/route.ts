import { cancelReservation } from '@/lib/core/booking/cancel-reservation';
import { getReservation } from '@/lib/core/booking/get-reservation';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { Reservation, ReservationIdParams } from '@/lib/schemas/booking';

// GET /api/v1/reservations/{id}: one of the user's reservations
export const GET = route(
  {
    auth: 'user',
    params: ReservationIdParams,
    doc: {
      summary: 'One of my reservations',
      description: "Someone else's reservation is NOT_FOUND.",
      tag: 'Booking',
      responses: { 200: Reservation },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ user, params, now }) =>
    json(await getReservation(db(), { userId: user.id, reservationId: params.reservationId }, now)),
);

// DELETE /api/v1/reservations/{id}: release an unexpired hold
export const DELETE = route(
  {
    auth: 'user',
    params: ReservationIdParams,
    doc: {
      summary: 'Release one of my holds',
      description: 'Only an unexpired HELD reservation can be cancelled; the seat is free again at once.',
      tag: 'Booking',
      responses: { 200: Reservation },
      errors: ['NOT_FOUND', 'RESERVATION_NOT_CANCELLABLE'],
    },
  },
  async ({ user, params, now }) =>
    json(await cancelReservation(db(), { userId: user.id, reservationId: params.reservationId }, now)),
);
