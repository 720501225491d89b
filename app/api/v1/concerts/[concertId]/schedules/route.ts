import { listSchedules } from '@/lib/core/booking/list-schedules';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ConcertIdParams } from '@/lib/schemas/queue';

// GET /api/v1/concerts/{concertId}/schedules: the future dates with seats left (admitted only)
export const GET = route({ auth: 'user', queue: 'active', params: ConcertIdParams }, async ({ token, params, now }) =>
  json(await listSchedules(db(), { token: token!, concertId: params.concertId }, now)),
);
