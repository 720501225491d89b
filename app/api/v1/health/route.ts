import { db } from '@/lib/db/client';
import { json, problem } from '@/lib/http/problem';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// GET /api/v1/health: the database answers
export const GET = route({ auth: 'none' }, async () => {
  try {
    await db().$queryRaw`SELECT 1`;
    return json({ ok: true });
  } catch {
    return problem('INTERNAL', 'The database does not answer');
  }
});
