import { updateQueueSettings } from '@/lib/core/queue/update-queue-settings';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ConcertIdParams, UpdateQueueSettingsBody } from '@/lib/schemas/queue';
import { queueStore } from '@/lib/server/queue';

// PATCH /api/v1/admin/concerts/{concertId}/queue: change activeLimit, pause or resume
export const PATCH = route(
  { auth: 'admin', params: ConcertIdParams, body: UpdateQueueSettingsBody },
  async ({ params, body, now }) => json(await updateQueueSettings(db(), queueStore(), { concertId: params.concertId, ...body }, now)),
);
