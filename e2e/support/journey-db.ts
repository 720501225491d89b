/**
 * Fixtures for the concertgoer journeys, straight in the e2e database (scripts/e2e.ts sets
 * DATABASE_URL): fans, concerts with a chosen line size, and the clock moved on for holds and
 * passes where a spec cannot wait minutes for it.
 */
import { expect, type BrowserContext } from '@playwright/test';
import type { SeatRowSpec } from '@/lib/core/booking/seat-row-rules';
import { createConcert } from '@/lib/core/concerts/create-concert';
import { makeConcert, makeQueueToken, makeUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { withDb } from './db';

/** A concert with two dates a week out, `seats` seats each at `price` won (rows of ten), or laid out in `rows`. */
export function freshConcert(
  options: {
    activeLimit?: number;
    seats?: number;
    price?: number;
    rows?: SeatRowSpec[];
    title?: string;
    artist?: string;
    venue?: string;
  } = {},
) {
  return withDb((db) => makeConcert(db, { seats: 20, price: 99_000, ...options }));
}

/** A new fan (no money in the wallet), signed in to the browser context. */
export async function signedInFan(context: BrowserContext, name?: string) {
  const user = await withDb((db) => makeUser(db, { name }));
  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
  await context.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: TEST_PASSWORD },
    maxRedirects: 0,
  });
  expect((await context.request.get('/api/v1/me')).status()).toBe(200);
  return user;
}

/** Someone else's admitted pass, taking a place among the concert's activeLimit. */
export function someoneAdmitted(concertId: string) {
  return withDb(async (db) => {
    const user = await makeUser(db);
    return makeQueueToken(db, user.id, concertId, { status: 'ACTIVE' });
  });
}

/** Ends every live pass of the user for the concert now, as the idle timeout would. */
export function expirePasses(userId: string, concertId: string) {
  return withDb((db) =>
    db.queueToken.updateMany({
      where: { userId, concertId, status: { in: ['WAITING', 'ACTIVE'] } },
      data: { status: 'EXPIRED', expiredAt: new Date() },
    }),
  );
}

/** Runs the user's holds out now: the reservation and the seat both say so, as after HOLD_TTL. */
export function runOutHolds(userId: string) {
  return withDb(async (db) => {
    const past = new Date(Date.now() - 1_000);
    const holds = await db.reservation.findMany({ where: { userId, status: 'HELD' }, select: { id: true, seatId: true } });
    await db.$transaction([
      db.reservation.updateMany({ where: { id: { in: holds.map((h) => h.id) } }, data: { heldUntil: past } }),
      db.seat.updateMany({ where: { id: { in: holds.map((h) => h.seatId) }, status: 'HELD' }, data: { heldUntil: past } }),
    ]);
    return holds.length;
  });
}

/** An admitted pass for the user, made directly (for a rival acting through the API). */
export function admittedPass(userId: string, concertId: string) {
  return withDb(async (db) => (await makeQueueToken(db, userId, concertId, { status: 'ACTIVE' })).token);
}

/** Places in line ahead of whoever joins next: other fans' WAITING passes. */
export function othersWaiting(concertId: string, count: number) {
  return withDb(async (db) => {
    for (let i = 0; i < count; i++) {
      const user = await makeUser(db);
      await makeQueueToken(db, user.id, concertId, { status: 'WAITING' });
    }
  });
}

/** Raises (or lowers) how many passes of the concert may be ACTIVE at once, as an admin would. */
export function setActiveLimit(concertId: string, activeLimit: number) {
  return withDb((db) => db.queueSettings.update({ where: { concertId }, data: { activeLimit } }));
}

const SEOUL_OFFSET_MS = 9 * 3_600_000;

/** A concert that looks like a real one, three price grades in rows of ten, for screenshots. */
export function showcaseConcert(activeLimit: number) {
  const evening = (days: number) => {
    const date = new Date(Date.now() + days * 86_400_000);
    date.setUTCHours(19 - SEOUL_OFFSET_MS / 3_600_000, 30, 0, 0);
    return date;
  };
  const rows = (['VIP', 'R', 'R', 'S', 'S'] as const).map((grade) => ({
    grade,
    price: { VIP: 154_000, R: 132_000, S: 110_000 }[grade],
    seats: 10,
  }));
  return withDb((db) =>
    createConcert(db, {
      title: 'Starlight Parade 2027',
      artist: 'Han Yuna (한유나)',
      venue: 'Olympic Hall, Seoul',
      description:
        'Han Yuna brings the Starlight Parade home for three nights, with a string section and the songs of her new album.',
      activeLimit,
      schedules: [
        { startsAt: evening(10), rows },
        { startsAt: evening(11), rows },
        // One seat only, so that buying it shows what a sold-out date looks like.
        { startsAt: evening(12), rows: [{ grade: 'VIP', price: 154_000, seats: 1 }] },
      ],
    }),
  );
}
