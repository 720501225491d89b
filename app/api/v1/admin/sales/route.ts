import { getSalesTotals } from '@/lib/core/admin/get-sales-totals';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';

// GET /api/v1/admin/sales: seats sold, revenue and holds per concert and date
export const GET = route({ auth: 'admin' }, async ({ now }) => json(await getSalesTotals(db(), now)));
