import type { Db } from '@/lib/db/client';
import type { CreatedConcert } from '@/lib/schemas/admin';

export interface CreateConcertInput {
  title: string;
  artist: string;
  venue: string;
  description?: string;
  activeLimit: number;
  /** Each date with the price of every seat: seatPrices[i] is the price of seat i + 1. */
  schedules: { startsAt: Date; seatPrices: number[] }[];
}

/** Creates a concert, its queue settings, its dates and their numbered seats, all or nothing. */
export async function createConcert(db: Db, input: CreateConcertInput): Promise<CreatedConcert> {
  return db.$transaction(async (tx) => {
    const concert = await tx.concert.create({
      data: {
        title: input.title,
        artist: input.artist,
        venue: input.venue,
        description: input.description ?? '',
        queue: { create: { activeLimit: input.activeLimit } },
      },
    });
    const schedules = [];
    for (const schedule of [...input.schedules].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
      const created = await tx.schedule.create({ data: { concertId: concert.id, startsAt: schedule.startsAt } });
      await tx.seat.createMany({
        data: schedule.seatPrices.map((price, index) => ({ scheduleId: created.id, number: index + 1, price })),
      });
      schedules.push({ id: created.id, startsAt: created.startsAt.toISOString(), totalSeats: schedule.seatPrices.length });
    }
    return {
      id: concert.id,
      title: concert.title,
      artist: concert.artist,
      venue: concert.venue,
      description: concert.description,
      schedules,
    };
  });
}
