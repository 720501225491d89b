import type { Db } from '@/lib/db/client';
import type { QueueConfig } from './queue-config';

/**
 * Admits the next in line for one concert, in line order, up to its activeLimit: nobody before
 * the pre-queue is drawn (draw-pre-queue.ts), which takes this same lock.
 *
 * The QueueSettings row lock serialises admission per concert across every app instance, and
 * the count is taken after the lock, so however many admitters race the number of live ACTIVE
 * tokens never exceeds activeLimit. Nothing else ever makes a token ACTIVE. Tokens ended or
 * timed out only free slots, so they need no lock. Returns how many were admitted.
 */
export async function admitNext(db: Db, concertId: string, config: QueueConfig, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const [settings] = await tx.$queryRaw<{ activeLimit: number; paused: boolean; drawnAt: Date | null }[]>`
      SELECT "activeLimit", paused, "drawnAt" FROM "QueueSettings" WHERE "concertId" = ${concertId}::uuid FOR UPDATE`;
    if (!settings || settings.paused || settings.drawnAt === null) return 0;
    const [{ active }] = await tx.$queryRaw<{ active: number }[]>`
      SELECT count(*)::int AS active FROM "QueueToken"
      WHERE "concertId" = ${concertId}::uuid AND status = 'ACTIVE' AND "activeUntil" > ${now}`;
    const free = settings.activeLimit - active;
    if (free <= 0) return 0;
    const idleCutoff = new Date(now.getTime() - config.idleTimeoutSeconds * 1000);
    const activeUntil = new Date(now.getTime() + config.activeTtlSeconds * 1000);
    // Idle WAITING tokens have left the line already (the sweeper only makes it official).
    return tx.$executeRaw`
      UPDATE "QueueToken" SET status = 'ACTIVE', "activatedAt" = ${now}, "activeUntil" = ${activeUntil}
      WHERE id IN (
        SELECT id FROM "QueueToken"
        WHERE "concertId" = ${concertId}::uuid AND status = 'WAITING' AND "lastSeenAt" > ${idleCutoff}
        ORDER BY seq
        LIMIT ${free}
      )`;
  });
}
