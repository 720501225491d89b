import { publishConcert } from '@/lib/core/booking/publish-concert';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { CreateConcertBody } from '@/lib/schemas/admin';
import { queueConfig } from '@/lib/server/queue';

// POST /api/v1/admin/concerts: put a concert with its dates and seats on sale
export const POST = route({ auth: 'admin', body: CreateConcertBody }, async ({ body, now }) =>
  json(await publishConcert(db(), body, queueConfig(), now), 201),
);
