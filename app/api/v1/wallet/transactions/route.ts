import { authSecret } from '@/lib/config/env';
import { listTransactions } from '@/lib/core/wallet/list-transactions';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { TransactionPage, TransactionsQuery } from '@/lib/schemas/wallet';

// GET /api/v1/wallet/transactions: the ledger, newest first, cursor-paginated
export const GET = route(
  {
    auth: 'user',
    query: TransactionsQuery,
    doc: {
      summary: 'My wallet transactions, newest first',
      description:
        'A page of limit (1..100, default 20) transactions; pass nextCursor as cursor for the next. ' +
        'A cursor this server did not issue to you is VALIDATION_FAILED.',
      tag: 'Wallet',
      responses: { 200: TransactionPage },
    },
  },
  // Cursors are signed with the session secret: valid across instances and restarts.
  async ({ user, query }) => json(await listTransactions(db(), { userId: user.id, ...query }, authSecret())),
);
