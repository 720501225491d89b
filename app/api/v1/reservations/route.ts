import { z } from 'zod';
import { env } from '@/lib/config/env';
import { bookingConfigFromEnv } from '@/lib/core/booking/booking-config';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { listReservations } from '@/lib/core/booking/list-reservations';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { HoldSeatBody, Reservation } from '@/lib/schemas/booking';

// POST /api/v1/reservations: hold a seat (admitted only)
export const POST = route(
  {
    auth: 'user',
    queue: 'active',
    body: HoldSeatBody,
    doc: {
      summary: 'Hold a seat',
      description:
        'The seat is yours until heldUntil (HOLD_TTL_SECONDS). Of any number of racing requests for a seat exactly one ' +
        'wins. At most 4 unexpired holds per user, across all concerts.',
      tag: 'Booking',
      responses: { 201: Reservation },
      errors: ['NOT_FOUND', 'SEAT_UNAVAILABLE', 'HOLD_LIMIT_REACHED'],
    },
  },
  async ({ user, token, body, now }) =>
    json(await holdSeat(db(), { userId: user.id, token: token!, seatId: body.seatId }, bookingConfigFromEnv(env()), now), 201),
);

// GET /api/v1/reservations: the user's reservations, newest first
export const GET = route(
  {
    auth: 'user',
    doc: { summary: 'My reservations, newest first', tag: 'Booking', responses: { 200: z.array(Reservation) } },
  },
  async ({ user, now }) => json(await listReservations(db(), user.id, now)),
);
