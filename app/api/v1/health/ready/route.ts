import { readinessAnswer } from '@/lib/http/readiness-answer';
import { route } from '@/lib/http/route';
import { Health } from '@/lib/schemas/service';

export const dynamic = 'force-dynamic';

// GET /api/v1/health/ready: the database answers and has every migration
export const GET = route(
  {
    auth: 'none',
    doc: {
      summary: 'Whether this process should be sent traffic',
      description:
        'A 503 SERVICE_UNAVAILABLE with Retry-After while the database does not answer or lacks a migration in ' +
        'prisma/migrations (checked at most every 10 s).',
      tag: 'Service',
      responses: { 200: Health },
      errors: ['SERVICE_UNAVAILABLE'],
    },
  },
  readinessAnswer,
);
