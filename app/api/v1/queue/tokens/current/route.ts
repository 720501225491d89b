import { getQueueTicket } from '@/lib/core/queue/get-queue-ticket';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { queueConfig, queueStore } from '@/lib/server/queue';

// GET /api/v1/queue/tokens/current: where my token stands (WAITING or ACTIVE)
export const GET = route({ auth: 'user', queue: 'live' }, async ({ token, now }) =>
  json(await getQueueTicket(db(), queueStore(), token!, queueConfig(), now)),
);
