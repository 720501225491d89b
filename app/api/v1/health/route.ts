import { readinessAnswer } from '@/lib/http/readiness-answer';
import { route } from '@/lib/http/route';
import { Health } from '@/lib/schemas/service';

export const dynamic = 'force-dynamic';

// GET /api/v1/health: the same answer as GET /api/v1/health/ready
export const GET = route(
  {
    auth: 'none',
    doc: {
      summary: 'Whether the service and its database answer (the readiness probe)',
      description:
        'The same as GET /api/v1/health/ready: a 503 SERVICE_UNAVAILABLE with Retry-After while the database does ' +
        'not answer or lacks a migration. Liveness is GET /api/v1/health/live.',
      tag: 'Service',
      responses: { 200: Health },
      errors: ['SERVICE_UNAVAILABLE'],
    },
  },
  readinessAnswer,
);
