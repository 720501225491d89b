import { z } from 'zod';
import { listSchedules } from '@/lib/core/booking/list-schedules';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { Schedule } from '@/lib/schemas/booking';
import { ConcertIdParams } from '@/lib/schemas/queue';

// GET /api/v1/concerts/{concertId}/schedules: the future dates with seats left (admitted only)
export const GET = route(
  {
    auth: 'user',
    queue: 'active',
    params: ConcertIdParams,
    doc: {
      summary: "A concert's future dates with the seats free now",
      description: 'Earliest first. Needs an ACTIVE queue token for this concert.',
      tag: 'Concerts',
      responses: { 200: z.array(Schedule) },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ token, params, now }) => json(await listSchedules(db(), { token: token!, concertId: params.concertId }, now)),
);
