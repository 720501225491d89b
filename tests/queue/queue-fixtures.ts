import { PostgresQueueStore } from '@/lib/core/queue/postgres-queue-store';
import type { QueueConfig } from '@/lib/core/queue/queue-config';
import type { Db } from '@/lib/db/client';
import { makeConcert } from '@/lib/testing/factories';

export const CONFIG: QueueConfig = { activeTtlSeconds: 600, idleTimeoutSeconds: 120, defaultActiveLimit: 100 };

export const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

export const storeFor = (db: Db, config: QueueConfig = CONFIG) => new PostgresQueueStore(db, config);

/** Live ACTIVE tokens of a concert at `now`, as the invariant defines them. */
export async function liveActive(db: Db, concertId: string, now: Date) {
  return db.queueToken.count({ where: { concertId, status: 'ACTIVE', activeUntil: { gt: now } } });
}

/** A concert whose sales open at `salesOpenAt`, its pre-queue not drawn (as a new concert with an opening is). */
export async function concertOpeningAt(db: Db, salesOpenAt: Date, options: { activeLimit?: number; paused?: boolean } = {}) {
  const concert = await makeConcert(db, { activeLimit: options.activeLimit ?? 100 });
  await db.$transaction([
    db.concert.update({ where: { id: concert.id }, data: { salesOpenAt } }),
    db.queueSettings.update({ where: { concertId: concert.id }, data: { drawnAt: null, paused: options.paused ?? false } }),
  ]);
  return concert;
}
