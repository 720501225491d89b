import { isAdmin } from '@/lib/auth/session';
import { getReceipt } from '@/lib/core/payment/get-receipt';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { PaymentIdParams, Receipt } from '@/lib/schemas/tickets';

// GET /api/v1/payments/{id}: a payment's receipt, for the payer or an admin
export const GET = route(
  {
    auth: 'user',
    params: PaymentIdParams,
    doc: {
      summary: 'A receipt',
      description:
        'The tickets a payment bought (with seat labels, each marked if refunded since), the total and the wallet balance ' +
        "right after paying. Yours, or any as an admin; anyone else's is NOT_FOUND.",
      tag: 'Payments',
      responses: { 200: Receipt },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ user, params, now }) =>
    json(await getReceipt(db(), { paymentId: params.paymentId, viewer: { userId: user.id, admin: await isAdmin(user) } }, now)),
);
