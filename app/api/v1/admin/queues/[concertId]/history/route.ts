import { getQueueHistory } from '@/lib/core/admin/get-queue-history';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { QueueHistory, QueueHistoryQuery } from '@/lib/schemas/admin-console';
import { ConcertIdParams } from '@/lib/schemas/queue';
import { queueStore } from '@/lib/server/queue';

// GET /api/v1/admin/queues/{concertId}/history?minutes=&stepSeconds=: line length and admissions over time
export const GET = route(
  {
    auth: 'admin',
    params: ConcertIdParams,
    query: QueueHistoryQuery,
    doc: {
      summary: "A concert's line over the last minutes",
      description:
        'One point every stepSeconds (default 30) over the last minutes (default 15), the last at the time of the request: ' +
        'waiting and active at that moment, and admissions in the step ending there. At most 360 points.',
      tag: 'Admin',
      responses: { 200: QueueHistory },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ params, query, now }) =>
    json(await getQueueHistory(db(), queueStore(), { concertId: params.concertId, ...query }, now)),
);
