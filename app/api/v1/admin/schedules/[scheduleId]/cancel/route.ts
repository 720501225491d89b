import { cancelSchedule } from '@/lib/core/booking/cancel-schedule';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ScheduleIdParams } from '@/lib/schemas/booking';
import { CancelledSchedule } from '@/lib/schemas/tickets';

// POST /api/v1/admin/schedules/{id}/cancel: call a date off, refunding every ticket
export const POST = route(
  {
    auth: 'admin',
    params: ScheduleIdParams,
    doc: {
      summary: 'Cancel a date and refund its tickets',
      description:
        'The date is no longer listed or bookable, its holds are released and every CONFIRMED ticket is refunded, each ' +
        'in its own all-or-nothing transaction. Calling it again finishes an interrupted cancellation and reports what ' +
        'that call did.',
      tag: 'Admin',
      responses: { 200: CancelledSchedule },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ params, now }) => json(await cancelSchedule(db(), { scheduleId: params.scheduleId }, now)),
);
