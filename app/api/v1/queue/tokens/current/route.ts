import { getQueueTicket } from '@/lib/core/queue/get-queue-ticket';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { QueueTicket } from '@/lib/schemas/queue';
import { queueConfig, queueStore } from '@/lib/server/queue';

// GET /api/v1/queue/tokens/current: where my token stands (WAITING or ACTIVE)
export const GET = route(
  {
    auth: 'user',
    queue: 'live',
    doc: {
      summary: 'Where my queue token stands',
      description:
        'Takes a WAITING or an ACTIVE token. Poll after pollAfterMs: a WAITING token not polled for ' +
        'QUEUE_IDLE_TIMEOUT_SECONDS leaves the line.',
      tag: 'Queue',
      responses: { 200: QueueTicket },
    },
  },
  async ({ token, now }) => json(await getQueueTicket(queueStore(), token!, queueConfig(), now)),
);
