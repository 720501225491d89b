import { getBalance } from '@/lib/core/wallet/get-balance';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';

// GET /api/v1/wallet: the balance
export const GET = route({ auth: 'user' }, async ({ user }) => json(await getBalance(db(), user.id)));
