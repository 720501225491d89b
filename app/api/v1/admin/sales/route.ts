import { getSalesTotals } from '@/lib/core/admin/get-sales-totals';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { SalesTotals } from '@/lib/schemas/admin-console';

// GET /api/v1/admin/sales: seats sold, revenue and holds per concert and date
export const GET = route(
  {
    auth: 'admin',
    doc: {
      summary: 'Seats sold, revenue and live holds per concert and date',
      description: 'Every concert, newest first, with its dates earliest first and a grand total. Revenue is in won.',
      tag: 'Admin',
      responses: { 200: SalesTotals },
    },
  },
  async ({ now }) => json(await getSalesTotals(db(), now)),
);
