import { updateQueueSettings } from '@/lib/core/queue/update-queue-settings';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ConcertIdParams, QueueSettings, UpdateQueueSettingsBody } from '@/lib/schemas/queue';
import { queueStore } from '@/lib/server/queue';

// PATCH /api/v1/admin/concerts/{concertId}/queue: change activeLimit, pause or resume
export const PATCH = route(
  {
    auth: 'admin',
    params: ConcertIdParams,
    body: UpdateQueueSettingsBody,
    doc: {
      summary: "Change a concert's activeLimit, pause or resume its line",
      description: 'A raised limit or a resume admits the next in line at once. While paused nobody is admitted.',
      tag: 'Admin',
      responses: { 200: QueueSettings },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ params, body, now }) =>
    json(await updateQueueSettings(db(), queueStore(), { concertId: params.concertId, ...body }, now)),
);
