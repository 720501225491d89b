export interface ConcertSummary {
  id: string;
  title: string;
  artist: string;
  venue: string;
  firstDate: string;
  lastDate: string;
  minPrice: number;
  maxPrice: number;
}

export interface ConcertDetail extends ConcertSummary {
  description: string;
}

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
});
