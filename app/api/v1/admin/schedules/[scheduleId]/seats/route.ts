import { getAdminSeatMap } from '@/lib/core/admin/get-admin-seat-map';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ScheduleIdParams } from '@/lib/schemas/booking';

// GET /api/v1/admin/schedules/{scheduleId}/seats: the seat map with who holds or bought each seat
export const GET = route({ auth: 'admin', params: ScheduleIdParams }, async ({ params, now }) =>
  json(await getAdminSeatMap(db(), params.scheduleId, now)),
);
