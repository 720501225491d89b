/**
 * Booking fixtures straight in the e2e database (scripts/e2e.ts sets DATABASE_URL): concerts
 * to book and queue passes in any state, so a spec of the booking API does not depend on the
 * queue's timing.
 */
import { createDb, type Db } from '@/lib/db/client';
import { makeConcert, makeQueueToken } from '@/lib/testing/factories';

/** Runs `work` with a short-lived client on the e2e database; every fixture file uses this. */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(process.env.DATABASE_URL!, 2);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/**
 * A concert with two future dates. Its line is paused, so the server's ticker never admits a
 * WAITING pass a spec made on purpose; passes made ACTIVE here work all the same.
 */
export function pausedConcert(options: { seats?: number; price?: number } = {}) {
  return withDb(async (db) => {
    const concert = await makeConcert(db, options);
    await db.queueSettings.update({ where: { concertId: concert.id }, data: { paused: true } });
    const seats = await db.seat.findMany({
      where: { scheduleId: concert.schedules[0].id },
      orderBy: { number: 'asc' },
      select: { id: true, number: true },
    });
    return { ...concert, seats };
  });
}

/** A queue pass for the user and concert, ACTIVE unless told otherwise; returns the token. */
export function passFor(userId: string, concertId: string, status: 'WAITING' | 'ACTIVE' | 'EXPIRED' = 'ACTIVE') {
  return withDb(async (db) => (await makeQueueToken(db, userId, concertId, { status })).token);
}
