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
  async ({ user, query }) => json(await listTransactions(db(), { userId: user.id, ...query }, cursorSecret())),
);

// The session secret is always set on a running server (scripts/serve.ts); cursors signed with
// it stay valid across instances and restarts.
function cursorSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return secret;
}
