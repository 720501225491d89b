import type { Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { toConcertSummary, type ConcertDetail, type ConcertRow, type ConcertSummary } from './concert-view';

// Dates and prices are those of the concert's future dates only, cancelled ones aside: neither
// the past nor a date called off can be booked.
const concertRows = (now: Date, where: Prisma.Sql) => Prisma.sql`
  SELECT c.id, c.title, c.artist, c.venue, c.description, c."salesOpenAt", c."maxTicketsPerUser",
         d."firstDate", d."lastDate", p."minPrice", p."maxPrice"
  FROM "Concert" c
  JOIN LATERAL (
    SELECT MIN("startsAt") AS "firstDate", MAX("startsAt") AS "lastDate"
    FROM "Schedule" WHERE "concertId" = c.id AND "startsAt" > ${now} AND "cancelledAt" IS NULL
  ) d ON d."firstDate" IS NOT NULL
  LEFT JOIN LATERAL (
    SELECT MIN(se.price)::int AS "minPrice", MAX(se.price)::int AS "maxPrice"
    FROM "Schedule" s JOIN "Seat" se ON se."scheduleId" = s.id
    WHERE s."concertId" = c.id AND s."startsAt" > ${now} AND s."cancelledAt" IS NULL
  ) p ON true
  ${where}
  ORDER BY d."firstDate", c.id`;

/** Concerts with at least one future date, the soonest first (public). */
export async function listConcerts(db: Tx, now: Date): Promise<ConcertSummary[]> {
  const rows = await db.$queryRaw<ConcertRow[]>(concertRows(now, Prisma.empty));
  return rows.map(toConcertSummary);
}

/** One concert with its description, or null if unknown or with no future date. */
export async function findConcert(db: Tx, concertId: string, now: Date): Promise<ConcertDetail | null> {
  const [row] = await db.$queryRaw<ConcertRow[]>(concertRows(now, Prisma.sql`WHERE c.id = ${concertId}::uuid`));
  return row ? { ...toConcertSummary(row), description: row.description } : null;
}
