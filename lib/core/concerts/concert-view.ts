import type { z } from 'zod';
import type { ConcertDetail as ConcertDetailSchema, ConcertSummary as ConcertSummarySchema } from '@/lib/schemas/concerts';

/** The API's shapes (lib/schemas/concerts.ts), checked against real answers by tests. */
export type ConcertSummary = z.infer<typeof ConcertSummarySchema>;
export type ConcertDetail = z.infer<typeof ConcertDetailSchema>;

export interface ConcertRow {
  id: string;
  title: string;
  artist: string;
  venue: string;
  description: string;
  firstDate: Date;
  lastDate: Date;
  minPrice: number | null;
  maxPrice: number | null;
  salesOpenAt: Date;
  maxTicketsPerUser: number;
}

export const toConcertSummary = (row: ConcertRow): ConcertSummary => ({
  id: row.id,
  title: row.title,
  artist: row.artist,
  venue: row.venue,
  firstDate: row.firstDate.toISOString(),
  lastDate: row.lastDate.toISOString(),
  minPrice: row.minPrice ?? 0,
  maxPrice: row.maxPrice ?? 0,
  salesOpenAt: row.salesOpenAt.toISOString(),
  maxTicketsPerUser: row.maxTicketsPerUser,
});
