import { payReservations } from '@/lib/core/payment/pay-reservations';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { PayBody, PaymentResult } from '@/lib/schemas/payments';
import { queueStore } from '@/lib/server/queue';

// POST /api/v1/payments: pay held seats from the wallet, using up the queue pass
export const POST = route(
  {
    auth: 'user',
    queue: 'active',
    idempotency: 'payments',
    body: PayBody,
    rateLimit: [{ name: 'PAYMENT_PER_USER', by: 'user' }],
    doc: {
      summary: 'Pay for held seats from the wallet',
      description:
        'All or nothing: every reservation CONFIRMED and its seat SOLD, one PAYMENT transaction, and the queue token ' +
        'used up (the next in line is admitted). Any refusal leaves balance, reservations and token as they were. ' +
        'A retry with the same Idempotency-Key answers the first result even though the token has since expired.',
      tag: 'Payments',
      responses: { 201: PaymentResult },
      errors: ['NOT_FOUND', 'RESERVATION_NOT_PAYABLE', 'RESERVATION_EXPIRED', 'INSUFFICIENT_BALANCE'],
    },
  },
  async ({ user, token, body, idempotency, now }) =>
    json(
      await payReservations(
        db(),
        queueStore(),
        { userId: user.id, token: token!, reservationIds: body.reservationIds, idempotency },
        now,
      ),
      201,
    ),
);
