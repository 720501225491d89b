import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { queueStore } from '@/lib/server/queue';

// GET /api/v1/admin/queues: every concert's line at a glance
export const GET = route({ auth: 'admin' }, async ({ now }) => json(await queueStore().figures(now)));
