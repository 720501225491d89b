import { findConcert } from '@/lib/core/concerts/list-concerts';
import { DomainError } from '@/lib/core/errors';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { ConcertDetail } from '@/lib/schemas/concerts';
import { ConcertIdParams } from '@/lib/schemas/queue';

// GET /api/v1/concerts/{concertId}: one concert with its description (public)
export const GET = route(
  {
    auth: 'none',
    params: ConcertIdParams,
    doc: {
      summary: 'One concert with its description',
      description: 'A concert with no future date is NOT_FOUND.',
      tag: 'Concerts',
      responses: { 200: ConcertDetail },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ params, now }) => {
    const concert = await findConcert(db(), params.concertId, now);
    if (!concert) throw new DomainError('NOT_FOUND', 'No such concert');
    return json(concert);
  },
);
