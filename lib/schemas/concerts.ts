import { z } from 'zod';

/** GET /api/v1/concerts, one concert: dates and prices are those of its future dates. */
export const ConcertSummary = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  artist: z.string(),
  venue: z.string(),
  firstDate: z.iso.datetime(),
  lastDate: z.iso.datetime(),
  minPrice: z.int().min(0).describe('Won'),
  maxPrice: z.int().min(0).describe('Won'),
});

/** GET /api/v1/concerts/{concertId}. */
export const ConcertDetail = ConcertSummary.extend({ description: z.string() });
