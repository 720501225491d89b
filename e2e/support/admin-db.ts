/**
 * Fixtures for the admin console spec, straight in the e2e database (scripts/e2e.ts sets
 * DATABASE_URL): queue passes the queue's own timing would make slowly, and a past line for
 * the history chart.
 */
import { makeQueueToken, makeUser } from '@/lib/testing/factories';
import { withDb } from './db';

/** The concert an admin created through the form, with its dates earliest first. */
export function concertTitled(title: string) {
  return withDb((db) =>
    db.concert.findFirstOrThrow({
      where: { title },
      select: { id: true, schedules: { orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true } } },
    }),
  );
}

/** An ACTIVE pass for the user with this email, as if the line had admitted them: its token. */
export function activePassFor(email: string, concertId: string) {
  return withDb(async (db) => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return (await makeQueueToken(db, user.id, concertId, { status: 'ACTIVE' })).token;
  });
}

/** A new fan joins the line now (WAITING, just polled). */
export function someoneJoinsTheLine(concertId: string) {
  return withDb(async (db) => {
    const user = await makeUser(db);
    await makeQueueToken(db, user.id, concertId, { status: 'WAITING' });
    return user.email;
  });
}

/**
 * The last 14 minutes of a busy line, all of it over (EXPIRED passes of one fan), so the
 * history chart has a shape while the live figures stay exactly what the spec makes them.
 * Nothing was admitted in the last 100 s, so "admitted in the last minute" is untouched.
 */
export function pastLine(concertId: string, now = new Date()) {
  return withDb(async (db) => {
    const user = await makeUser(db);
    const at = (msAgo: number) => new Date(now.getTime() - msAgo);
    const rows = Array.from({ length: 90 }, (_, i) => {
      const joinedAgo = 840_000 - i * 8_000;
      const waitMs = 60_000 + Math.round(150_000 * Math.abs(Math.sin(i / 14)));
      const admittedAgo = joinedAgo - waitMs;
      return { joinedAgo, admittedAgo };
    }).filter(({ admittedAgo }) => admittedAgo > 100_000);
    await db.queueToken.createMany({
      data: rows.map(({ joinedAgo, admittedAgo }, i) => ({
        token: `past-line-${concertId}-${i}`,
        userId: user.id,
        concertId,
        status: 'EXPIRED' as const,
        createdAt: at(joinedAgo),
        lastSeenAt: at(admittedAgo),
        activatedAt: at(admittedAgo),
        activeUntil: at(admittedAgo - 600_000),
        expiredAt: at(Math.max(admittedAgo - 90_000, 1_000)),
      })),
    });
  });
}
