import type { AdminConcert } from '@/lib/schemas/concerts';

export interface AdminConcertRow {
  id: string;
  title: string;
  artist: string;
  venue: string;
  description: string;
  salesOpenAt: Date;
  drawnAt: Date | null;
  maxTicketsPerUser: number;
}

/** The selected columns of an AdminConcertRow, "Concert" as c and "QueueSettings" as q. */
export const ADMIN_CONCERT_COLUMNS = `c.id::text AS id, c.title, c.artist, c.venue, c.description,
  c."salesOpenAt", q."drawnAt", c."maxTicketsPerUser"`;

export const toAdminConcert = (row: AdminConcertRow): AdminConcert => ({
  id: row.id,
  title: row.title,
  artist: row.artist,
  venue: row.venue,
  description: row.description,
  salesOpenAt: row.salesOpenAt.toISOString(),
  salesOpened: row.drawnAt !== null,
  maxTicketsPerUser: row.maxTicketsPerUser,
});
