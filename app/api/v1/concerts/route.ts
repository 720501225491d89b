import { listConcerts } from '@/lib/core/concerts/list-concerts';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';

// GET /api/v1/concerts: concerts with a future date, soonest first (public)
export const GET = route({ auth: 'none' }, async ({ now }) => json(await listConcerts(db(), now)));
