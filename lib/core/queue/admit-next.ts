import type { Db } from '@/lib/db/client';
import { sql } from '@/lib/db/sql';
import type { QueueConfig } from './queue-config';

/**
 * Admits the next in line for one concert, in line order, up to its activeLimit: nobody before
 * the pre-queue is drawn (draw-pre-queue.ts, which takes this same lock), nobody into a paused
 * line, and no token gone idle. Returns how many were admitted.
 *
 * The QueueSettings row lock serialises admission per concert across every app instance, and
 * the ACTIVE count is taken after the lock, so however many admitters race the number of live
 * ACTIVE tokens never exceeds activeLimit. Nothing else ever makes a token ACTIVE. Tokens ended
 * or timed out only free slots, so they need no lock.
 *
 * Before the row lock it takes the line's order lock alone, so a join still committing is never
 * overtaken by a later one (decision 013).
 *
 * All of it is one call of the database function admit_next (its migrations have the SQL): every
 * join that finds a free slot and every payment comes here, and the lock they queue on is held
 * only while PostgreSQL works, never across a round trip to this process (decision 012).
 */
export async function admitNext(db: Db, concertId: string, config: QueueConfig, now: Date): Promise<number> {
  const idleCutoff = new Date(now.getTime() - config.idleTimeoutSeconds * 1000);
  const activeUntil = new Date(now.getTime() + config.activeTtlSeconds * 1000);
  const [{ admitted }] = await sql(db).query<{ admitted: number }>(`SELECT admit_next($1::uuid, $2, $3, $4) AS admitted`, [
    concertId,
    now,
    activeUntil,
    idleCutoff,
  ]);
  return admitted;
}
