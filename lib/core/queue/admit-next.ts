import type { Db } from '@/lib/db/client';
import { transaction } from '@/lib/db/sql';
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
  // Over pg, in two statements between BEGIN and COMMIT: every join that finds a free slot and
  // every payment comes here, and they all queue on this lock, so it is held for as few round
  // trips as can be (bench/README.md, S4's steps).
  return transaction(db, async (sql) => {
    const [settings] = await sql.query<{ activeLimit: number; paused: boolean; drawnAt: Date | null }>(
      `SELECT "activeLimit", paused, "drawnAt" FROM "QueueSettings" WHERE "concertId" = $1::uuid FOR UPDATE`,
      [concertId],
    );
    if (!settings || settings.paused || settings.drawnAt === null) return 0;
    const idleCutoff = new Date(now.getTime() - config.idleTimeoutSeconds * 1000);
    const activeUntil = new Date(now.getTime() + config.activeTtlSeconds * 1000);
    // This statement starts after the lock is ours, so its count sees every admission committed
    // before. Idle WAITING tokens have left the line already (the sweeper only makes it official).
    const admitted = await sql.query(
      `UPDATE "QueueToken" SET status = 'ACTIVE', "activatedAt" = $2, "activeUntil" = $3
       WHERE id IN (
         SELECT id FROM "QueueToken"
         WHERE "concertId" = $1::uuid AND status = 'WAITING' AND "lastSeenAt" > $4
         ORDER BY seq
         LIMIT greatest(0, $5::int - (
           SELECT count(*)::int FROM "QueueToken"
           WHERE "concertId" = $1::uuid AND status = 'ACTIVE' AND "activeUntil" > $2)))
       RETURNING id`,
      [concertId, now, activeUntil, idleCutoff, settings.activeLimit],
    );
    return admitted.length;
  });
}
