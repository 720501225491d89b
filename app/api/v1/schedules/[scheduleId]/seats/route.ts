import { z } from 'zod';
import { listSeats } from '@/lib/core/booking/list-seats';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ScheduleIdParams, Seat } from '@/lib/schemas/booking';

// GET /api/v1/schedules/{scheduleId}/seats: a date's seat map (admitted only)
export const GET = route(
  {
    auth: 'user',
    queue: 'active',
    params: ScheduleIdParams,
    doc: {
      summary: "A date's seat map",
      description:
        "By number. A hold past its time reads AVAILABLE. A date that has begun is NOT_FOUND. Needs an ACTIVE token for the date's concert.",
      tag: 'Concerts',
      responses: { 200: z.array(Seat) },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ token, params, now }) => json(await listSeats(db(), { token: token!, scheduleId: params.scheduleId }, now)),
);
