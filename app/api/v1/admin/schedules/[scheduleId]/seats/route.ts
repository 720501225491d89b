import { z } from 'zod';
import { getAdminSeatMap } from '@/lib/core/admin/get-admin-seat-map';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { AdminSeat } from '@/lib/schemas/admin-console';
import { ScheduleIdParams } from '@/lib/schemas/booking';

// GET /api/v1/admin/schedules/{scheduleId}/seats: the seat map with who holds or bought each seat
export const GET = route(
  {
    auth: 'admin',
    params: ScheduleIdParams,
    doc: {
      summary: "A date's seats with who holds or bought each",
      description: 'By number. A hold past its time reads AVAILABLE. Dates that have begun are shown too.',
      tag: 'Admin',
      responses: { 200: z.array(AdminSeat) },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ params, now }) => json(await getAdminSeatMap(db(), params.scheduleId, now)),
);
