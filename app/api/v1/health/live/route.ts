import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { Health } from '@/lib/schemas/service';

export const dynamic = 'force-dynamic';

// GET /api/v1/health/live: the process runs and serves HTTP (no database)
export const GET = route(
  {
    auth: 'none',
    doc: {
      summary: 'Whether this process is alive',
      description:
        'Answers 200 as long as the process serves HTTP, whatever the database does: restarting the process is the ' +
        'remedy only when this fails. Whether to send it traffic is GET /api/v1/health/ready.',
      tag: 'Service',
      responses: { 200: Health },
    },
  },
  async () => json({ ok: true }),
);
