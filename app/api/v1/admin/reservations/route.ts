import { listAdminReservations } from '@/lib/core/booking/list-admin-reservations';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { AdminReservationList, AdminReservationsQuery } from '@/lib/schemas/admin';

// GET /api/v1/admin/reservations?concertId=&scheduleId=&status=: everyone's reservations, newest first
export const GET = route(
  {
    auth: 'admin',
    query: AdminReservationsQuery,
    doc: {
      summary: "Everyone's reservations, newest first",
      description: 'Filtered by concert, date and status (an empty value means no filter). A hold past its time reads EXPIRED.',
      tag: 'Admin',
      responses: { 200: AdminReservationList },
    },
  },
  async ({ query, now }) => json(await listAdminReservations(db(), query, now)),
);
