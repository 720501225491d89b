import { z } from 'zod';
import { listConcerts } from '@/lib/core/concerts/list-concerts';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ConcertSummary } from '@/lib/schemas/concerts';

// GET /api/v1/concerts: concerts with a future date, soonest first (public)
export const GET = route(
  {
    auth: 'none',
    doc: {
      summary: 'Concerts with a future date, soonest first',
      tag: 'Concerts',
      responses: { 200: z.array(ConcertSummary) },
    },
  },
  async ({ now }) => json(await listConcerts(db(), now)),
);
