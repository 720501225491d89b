import { getBalance } from '@/lib/core/wallet/get-balance';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { WalletBalance } from '@/lib/schemas/wallet';

// GET /api/v1/wallet: the balance
export const GET = route(
  { auth: 'user', doc: { summary: 'My balance in won', tag: 'Wallet', responses: { 200: WalletBalance } } },
  async ({ user }) => json(await getBalance(db(), user.id)),
);
