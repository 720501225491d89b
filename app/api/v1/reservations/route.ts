import { bookingConfigFromEnv } from '@/lib/core/booking/booking-config';
import { holdSeat } from '@/lib/core/booking/hold-seat';
import { listReservations } from '@/lib/core/booking/list-reservations';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { HoldSeatBody } from '@/lib/schemas/booking';

// POST /api/v1/reservations: hold a seat (admitted only)
export const POST = route({ auth: 'user', queue: 'active', body: HoldSeatBody }, async ({ user, token, body, now }) =>
  json(await holdSeat(db(), { userId: user.id, token: token!, seatId: body.seatId }, bookingConfigFromEnv(), now), 201),
);

// GET /api/v1/reservations: the user's reservations, newest first
export const GET = route({ auth: 'user' }, async ({ user, now }) => json(await listReservations(db(), user.id, now)));
