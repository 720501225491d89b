import { db } from '@/lib/db/client';
import { json, problem } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { Health } from '@/lib/schemas/service';

export const dynamic = 'force-dynamic';

// GET /api/v1/health: the database answers
export const GET = route(
  {
    auth: 'none',
    doc: {
      summary: 'Whether the service and its database answer',
      description: 'A 500 INTERNAL when the database does not answer.',
      tag: 'Service',
      responses: { 200: Health },
    },
  },
  async () => {
    try {
      await db().$queryRaw`SELECT 1`;
      return json({ ok: true });
    } catch {
      return problem('INTERNAL', 'The database does not answer');
    }
  },
);
