import { listAdminReservations } from '@/lib/core/booking/list-admin-reservations';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { AdminReservationsQuery } from '@/lib/schemas/admin';

// GET /api/v1/admin/reservations?concertId=&scheduleId=&status=: everyone's reservations, newest first
export const GET = route({ auth: 'admin', query: AdminReservationsQuery }, async ({ query, now }) =>
  json(await listAdminReservations(db(), query, now)),
);
