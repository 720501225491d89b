/**
 * Fixtures for the fair opening (issue #15), straight in the e2e database: concerts that open
 * later, a fan signed in on a second device, passes and holds about to run out, seats bought.
 */
import { expect, type BrowserContext } from '@playwright/test';
import { createConcert } from '@/lib/core/concerts/create-concert';
import { makeTicket } from '@/lib/testing/booking-factories';
import { makeConcert, TEST_PASSWORD } from '@/lib/testing/factories';
import { withDb } from './db';

/** A concert whose sales open `seconds` from now, its pre-queue not drawn yet (as the admin makes one). */
export function concertOpeningIn(
  seconds: number,
  options: { activeLimit?: number; maxTicketsPerUser?: number; title?: string } = {},
) {
  return withDb(async (db) => {
    const concert = await makeConcert(db, { seats: 20, price: 99_000, activeLimit: options.activeLimit, title: options.title });
    await db.$transaction([
      db.concert.update({
        where: { id: concert.id },
        data: { salesOpenAt: new Date(Date.now() + seconds * 1000), maxTicketsPerUser: options.maxTicketsPerUser },
      }),
      db.queueSettings.update({ where: { concertId: concert.id }, data: { drawnAt: null } }),
    ]);
    return concert;
  });
}

/** The per-fan ticket limit of a concert. */
export const setTicketLimit = (concertId: string, maxTicketsPerUser: number) =>
  withDb((db) => db.concert.update({ where: { id: concertId }, data: { maxTicketsPerUser } }));

/** Signs `email` in on another browser context: the same fan on a second device. */
export async function signInAs(context: BrowserContext, email: string) {
  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
  await context.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password: TEST_PASSWORD },
    maxRedirects: 0,
  });
  expect((await context.request.get('/api/v1/me')).status()).toBe(200);
}

/** The fan's live pass for the concert now ends `seconds` from now. */
export const passEndsIn = (userId: string, concertId: string, seconds: number) =>
  withDb((db) =>
    db.queueToken.updateMany({
      where: { userId, concertId, status: 'ACTIVE' },
      data: { activeUntil: new Date(Date.now() + seconds * 1000) },
    }),
  );

/** The fan's holds now run out `seconds` from now: the reservations and their seats both. */
export const holdsEndIn = (userId: string, seconds: number) =>
  withDb(async (db) => {
    const heldUntil = new Date(Date.now() + seconds * 1000);
    const holds = await db.reservation.findMany({ where: { userId, status: 'HELD' }, select: { id: true, seatId: true } });
    await db.$transaction([
      db.reservation.updateMany({ where: { id: { in: holds.map((h) => h.id) } }, data: { heldUntil } }),
      db.seat.updateMany({ where: { id: { in: holds.map((h) => h.seatId) } }, data: { heldUntil } }),
    ]);
  });

/** `count` tickets already bought by the fan for the concert's first date. */
export const ticketsBought = (userId: string, concert: { schedules: { id: string }[] }, count: number) =>
  withDb(async (db) => {
    const seats = await db.seat.findMany({
      where: { scheduleId: concert.schedules[0].id },
      orderBy: { number: 'desc' },
      take: count,
    });
    for (const seat of seats) await makeTicket(db, { userId, seat });
  });

/** The WAITING passes of others ahead in the concert's line leave it, as if they went idle. */
export const othersLeave = (concertId: string, exceptUserId: string, count: number) =>
  withDb(async (db) => {
    const leaving = await db.queueToken.findMany({
      where: { concertId, status: 'WAITING', userId: { not: exceptUserId } },
      orderBy: { seq: 'asc' },
      take: count,
      select: { id: true },
    });
    await db.queueToken.updateMany({
      where: { id: { in: leaving.map((t) => t.id) } },
      data: { status: 'EXPIRED', expiredAt: new Date() },
    });
  });

/** Pauses or resumes the concert's admission, as an admin would. */
export const setPaused = (concertId: string, paused: boolean) =>
  withDb((db) => db.queueSettings.update({ where: { concertId }, data: { paused } }));

/** A concert that looks real in a screenshot; sales open `opensInSeconds` from now, or already. */
export function showcaseSale(opensInSeconds: number | null, options: { activeLimit?: number } = {}) {
  const evening = (days: number) => {
    const date = new Date(Date.now() + days * 86_400_000);
    date.setUTCHours(18 - 9, 0, 0, 0);
    return date;
  };
  const rows = (['VIP', 'R', 'R', 'S'] as const).map((grade) => ({
    grade,
    price: { VIP: 132_000, R: 110_000, S: 99_000 }[grade],
    seats: 10,
  }));
  return withDb((db) =>
    createConcert(db, {
      title: 'First Light Fan Meeting',
      artist: 'LUMINA',
      venue: 'Jamsil Arena, Seoul',
      description: 'LUMINA’s first fan meeting: live stages, games and a hi-touch.',
      activeLimit: options.activeLimit ?? 100,
      salesOpenAt: opensInSeconds === null ? undefined : new Date(Date.now() + opensInSeconds * 1000),
      maxTicketsPerUser: 2,
      schedules: [
        { startsAt: evening(20), rows },
        { startsAt: evening(21), rows },
      ],
    }),
  );
}
