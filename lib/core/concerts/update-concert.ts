import { DomainError } from '@/lib/core/errors';
import type { Db } from '@/lib/db/client';
import type { AdminConcert, UpdateConcertBody } from '@/lib/schemas/concerts';
import { ADMIN_CONCERT_COLUMNS, toAdminConcert, type AdminConcertRow } from './admin-concert-view';

const refuse = (path: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${path}: ${message}`, { errors: [{ path, message }] });

/**
 * An admin changes a concert's details, its opening or its per-fan ticket limit.
 *
 * The opening may move until sales open. It is checked and changed under the QueueSettings row
 * lock the draw takes (draw-pre-queue.ts), so a move and the draw never cross: a draw that got
 * there first has fixed the order, and the opening stays where it happened. A new limit applies
 * to holds from now on; seats already held or bought stay. An opening moved into the past opens
 * sales at once: the ticker draws within a second.
 */
export async function updateConcert(db: Db, input: { concertId: string } & UpdateConcertBody): Promise<AdminConcert> {
  const { concertId, salesOpenAt, ...details } = input;
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ salesOpenAt: Date; drawnAt: Date | null; lastDate: Date | null }[]>`
      SELECT c."salesOpenAt", q."drawnAt",
        (SELECT max(s."startsAt") FROM "Schedule" s WHERE s."concertId" = c.id) AS "lastDate"
      FROM "QueueSettings" q JOIN "Concert" c ON c.id = q."concertId"
      WHERE q."concertId" = ${concertId}::uuid FOR UPDATE OF q`;
    if (!current) throw new DomainError('NOT_FOUND', 'No such concert');
    const moves = salesOpenAt !== undefined && salesOpenAt.getTime() !== current.salesOpenAt.getTime();
    if (moves && current.drawnAt !== null) {
      throw refuse('salesOpenAt', `Sales opened at ${current.salesOpenAt.toISOString()}: the opening can no longer move`);
    }
    if (moves && current.lastDate && salesOpenAt >= current.lastDate) {
      throw refuse('salesOpenAt', 'Sales must open before the last date');
    }
    await tx.concert.update({ where: { id: concertId }, data: { ...details, ...(moves ? { salesOpenAt } : {}) } });
    const [row] = await tx.$queryRawUnsafe<AdminConcertRow[]>(
      `SELECT ${ADMIN_CONCERT_COLUMNS} FROM "Concert" c JOIN "QueueSettings" q ON q."concertId" = c.id WHERE c.id = $1::uuid`,
      concertId,
    );
    return toAdminConcert(row);
  });
}
