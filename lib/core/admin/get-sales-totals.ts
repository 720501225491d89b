import type { Tx } from '@/lib/db/client';
import type { ConcertSales, SalesFigures, SalesTotals } from '@/lib/schemas/admin-console';

interface Row {
  concertId: string;
  title: string;
  artist: string;
  venue: string;
  scheduleId: string;
  startsAt: Date;
  cancelledAt: Date | null;
  totalSeats: number;
  held: number;
  seatsSold: number;
  revenue: bigint;
}

const add = (a: SalesFigures, b: SalesFigures): SalesFigures => ({
  totalSeats: a.totalSeats + b.totalSeats,
  seatsSold: a.seatsSold + b.seatsSold,
  revenue: a.revenue + b.revenue,
  held: a.held + b.held,
});

const ZERO: SalesFigures = { totalSeats: 0, seatsSold: 0, revenue: 0, held: 0 };

/**
 * Seats sold, won taken and seats held, per date, per concert and overall. Sold and revenue
 * count paid (CONFIRMED) reservations at the price they were sold for; a hold past its time
 * is not held, whether or not the sweeper has marked it yet.
 */
export async function getSalesTotals(db: Tx, now: Date): Promise<SalesTotals> {
  // Revenue is summed as bigint: 500 seats at 10,000,000 won is more than an int holds.
  const rows = await db.$queryRaw<Row[]>`
    SELECT c.id::text AS "concertId", c.title, c.artist, c.venue,
      s.id::text AS "scheduleId", s."startsAt", s."cancelledAt",
      seats.total AS "totalSeats", seats.held, sales.sold AS "seatsSold", sales.revenue
    FROM "Concert" c
    JOIN "Schedule" s ON s."concertId" = c.id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE status = 'HELD' AND "heldUntil" > ${now})::int AS held
      FROM "Seat" WHERE "scheduleId" = s.id
    ) seats
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS sold, coalesce(sum(price), 0)::bigint AS revenue
      FROM "Reservation" r WHERE r."scheduleId" = s.id AND r.status = 'CONFIRMED'
    ) sales
    ORDER BY c."createdAt" DESC, c.id, s."startsAt", s.id`;

  const concerts = new Map<string, ConcertSales>();
  for (const row of rows) {
    const figures: SalesFigures = {
      totalSeats: row.totalSeats,
      seatsSold: row.seatsSold,
      revenue: Number(row.revenue),
      held: row.held,
    };
    const concert = concerts.get(row.concertId) ?? {
      concertId: row.concertId,
      title: row.title,
      artist: row.artist,
      venue: row.venue,
      ...ZERO,
      schedules: [],
    };
    concert.schedules.push({
      scheduleId: row.scheduleId,
      startsAt: row.startsAt.toISOString(),
      cancelledAt: row.cancelledAt?.toISOString() ?? null,
      ...figures,
    });
    concerts.set(row.concertId, { ...concert, ...add(concert, figures) });
  }
  const items = [...concerts.values()];
  return { items, totals: items.reduce<SalesFigures>((sum, concert) => add(sum, concert), ZERO) };
}
