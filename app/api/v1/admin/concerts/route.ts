import { publishConcert } from '@/lib/core/booking/publish-concert';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { CreateConcertBody, CreatedConcert } from '@/lib/schemas/admin';
import { queueConfig } from '@/lib/server/queue';

// POST /api/v1/admin/concerts: put a concert with its dates and seats on sale
export const POST = route(
  {
    auth: 'admin',
    body: CreateConcertBody,
    doc: {
      summary: 'Put a concert with its dates and seats on sale',
      description:
        'Every date must lie in the future; its seats are numbered 1..seatCount, all at one price. ' +
        'The line starts with the default activeLimit (QUEUE_ACTIVE_LIMIT).',
      tag: 'Admin',
      responses: { 201: CreatedConcert },
    },
  },
  async ({ body, now }) => json(await publishConcert(db(), body, queueConfig(), now), 201),
);
