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
        'Every date must lie in the future. Its rows, front first, are lettered A, B, ... and its seats numbered ' +
        '1..N across them, labelled row then number ("B14"); a date given as seatCount and price has rows of ten. ' +
        'The line starts with the default activeLimit (QUEUE_ACTIVE_LIMIT).',
      tag: 'Admin',
      responses: { 201: CreatedConcert },
    },
  },
  async ({ body, now }) => json(await publishConcert(db(), body, queueConfig(), now), 201),
);
