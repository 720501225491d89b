import { chargeWallet } from '@/lib/core/wallet/charge-wallet';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ChargeBody, ChargeResult } from '@/lib/schemas/wallet';

// POST /api/v1/wallet/charges: add money to the wallet (Idempotency-Key honoured)
export const POST = route(
  {
    auth: 'user',
    idempotency: 'wallet-charges',
    body: ChargeBody,
    rateLimit: [{ name: 'CHARGE_PER_USER', by: 'user' }],
    doc: {
      summary: 'Add money to the wallet',
      description:
        'One CHARGE transaction per charge. A wallet holds at most 100,000,000 won: a charge past that is VALIDATION_FAILED. ' +
        'A body that is not JSON (wrong content type included) is VALIDATION_FAILED.',
      tag: 'Wallet',
      responses: { 201: ChargeResult },
    },
  },
  async ({ user, body, idempotency, now }) =>
    json(await chargeWallet(db(), { userId: user.id, amount: body.amount, idempotency }, now), 201),
);
