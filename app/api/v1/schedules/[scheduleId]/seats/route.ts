import { listSeats } from '@/lib/core/booking/list-seats';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ScheduleIdParams } from '@/lib/schemas/booking';

// GET /api/v1/schedules/{scheduleId}/seats: a date's seat map (admitted only)
export const GET = route({ auth: 'user', queue: 'active', params: ScheduleIdParams }, async ({ token, params, now }) =>
  json(await listSeats(db(), { token: token!, scheduleId: params.scheduleId }, now)),
);
