import { payReservations } from '@/lib/core/payment/pay-reservations';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { PayBody } from '@/lib/schemas/payments';
import { queueConfig } from '@/lib/server/queue';

// POST /api/v1/payments: pay held seats from the wallet, using up the queue pass
export const POST = route(
  {
    auth: 'user',
    queue: 'active',
    idempotency: 'payments',
    body: PayBody,
    rateLimit: [{ name: 'PAYMENT_PER_USER', by: 'user' }],
  },
  async ({ user, token, body, idempotency, now }) =>
    json(
      await payReservations(
        db(),
        { userId: user.id, token: token!, reservationIds: body.reservationIds, idempotency },
        queueConfig(),
        now,
      ),
      201,
    ),
);
