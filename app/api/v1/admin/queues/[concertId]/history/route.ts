import { getQueueHistory } from '@/lib/core/admin/get-queue-history';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { QueueHistoryQuery } from '@/lib/schemas/admin-console';
import { ConcertIdParams } from '@/lib/schemas/queue';

// GET /api/v1/admin/queues/{concertId}/history?minutes=&stepSeconds=: line length and admissions over time
export const GET = route({ auth: 'admin', params: ConcertIdParams, query: QueueHistoryQuery }, async ({ params, query, now }) =>
  json(await getQueueHistory(db(), { concertId: params.concertId, ...query }, now)),
);
