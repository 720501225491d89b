import { updateConcert } from '@/lib/core/concerts/update-concert';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { AdminConcert, UpdateConcertBody } from '@/lib/schemas/concerts';
import { ConcertIdParams } from '@/lib/schemas/queue';

// PATCH /api/v1/admin/concerts/{concertId}: change a concert's details, opening or ticket limit
export const PATCH = route(
  {
    auth: 'admin',
    params: ConcertIdParams,
    body: UpdateConcertBody,
    doc: {
      summary: "Change a concert's details, its opening (salesOpenAt) or its per-fan ticket limit",
      description:
        'salesOpenAt may move until sales open (then the pre-queue is drawn and the opening is fixed), to a ' +
        'time before the last date; an opening moved into the past opens sales at once. A new ' +
        'maxTicketsPerUser applies to holds from then on.',
      tag: 'Admin',
      responses: { 200: AdminConcert },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ params, body }) => json(await updateConcert(db(), { concertId: params.concertId, ...body })),
);
