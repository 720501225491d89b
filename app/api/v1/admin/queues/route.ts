import { z } from 'zod';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { QueueFigures } from '@/lib/schemas/admin';
import { queueStore } from '@/lib/server/queue';

// GET /api/v1/admin/queues: every concert's line at a glance
export const GET = route(
  {
    auth: 'admin',
    doc: {
      summary: "Every concert's line at a glance",
      description: 'Waiting and active counts, the limit, admissions over the last minute and the longest wait, per concert.',
      tag: 'Admin',
      responses: { 200: z.array(QueueFigures) },
    },
  },
  async ({ now }) => json(await queueStore().figures(now)),
);
