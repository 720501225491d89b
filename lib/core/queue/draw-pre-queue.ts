import type { Db } from '@/lib/db/client';
import type { QueueConfig } from './queue-config';
import { shuffle as cryptoShuffle } from './shuffle';

/**
 * The draw at a concert's opening (docs/decisions/010-the-pre-queue-draw.md): everyone who joined
 * before `salesOpenAt` and is still in line gets a place in a uniformly random order, ahead of
 * everyone who joins after, who queue first come, first served. Returns how many were placed, or
 * null when this call did not draw: sales have not opened, or the line was drawn already.
 *
 * Once, across every app instance and any crash: the QueueSettings row lock (the lock admission
 * takes) serialises the callers, `drawnAt` says whether the draw happened, and the places and
 * `drawnAt` commit together, so the line is either drawn or untouched. Places are seqs: the drawn
 * get -N..-1, below every seq the sequence hands out, so admission (ORDER BY seq), places in line
 * (seqs ahead) and the snapshot cache need no change; a unique index keeps each drawn place to
 * one token. Nobody is admitted until `drawnAt` is set (admit-next.ts).
 */
export async function drawPreQueue(
  db: Db,
  concertId: string,
  config: QueueConfig,
  now: Date,
  shuffle: <T>(items: readonly T[]) => T[] = cryptoShuffle,
): Promise<number | null> {
  return db.$transaction(
    async (tx) => {
      // The line's order lock first, as admission takes it (decision 013): a join still on its
      // way in is committed before the line is read, and is drawn too if it came before the opening.
      await tx.$executeRaw`SELECT take_line_order(${concertId}::uuid)`;
      const [line] = await tx.$queryRaw<{ salesOpenAt: Date; drawnAt: Date | null }[]>`
      SELECT c."salesOpenAt", q."drawnAt" FROM "QueueSettings" q JOIN "Concert" c ON c.id = q."concertId"
      WHERE q."concertId" = ${concertId}::uuid FOR UPDATE OF q`;
      if (!line || line.drawnAt !== null || line.salesOpenAt > now) return null;

      // Those who went idle have left the line already (the sweeper only makes it official). Rows
      // are locked in line order, as admission locks them.
      const idleCutoff = new Date(now.getTime() - config.idleTimeoutSeconds * 1000);
      const early = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "QueueToken"
      WHERE "concertId" = ${concertId}::uuid AND status = 'WAITING' AND seq > 0
        AND "createdAt" < ${line.salesOpenAt} AND "lastSeenAt" > ${idleCutoff}
      ORDER BY seq
      FOR UPDATE`;
      const order = shuffle(early.map((row) => row.id));
      if (order.length > 0) {
        await tx.$executeRaw`
        UPDATE "QueueToken" t SET seq = v.place - ${order.length + 1}, "joinedPosition" = v.place
        FROM unnest(${order}::uuid[]) WITH ORDINALITY AS v(id, place)
        WHERE t.id = v.id`;
      }
      // Whoever joined at or after the opening but before this draw (an opening the admin brought
      // forward) queues first come, first served behind the drawn, and learns that place too.
      await tx.$executeRaw`
      UPDATE "QueueToken" t SET "joinedPosition" = ${order.length} + r.place
      FROM (SELECT id, row_number() OVER (ORDER BY seq) AS place FROM "QueueToken"
            WHERE "concertId" = ${concertId}::uuid AND status = 'WAITING' AND seq > 0 AND "joinedPosition" IS NULL
              AND "lastSeenAt" > ${idleCutoff}) r
      WHERE t.id = r.id`;
      await tx.$executeRaw`UPDATE "QueueSettings" SET "drawnAt" = ${now} WHERE "concertId" = ${concertId}::uuid`;
      return order.length;
      // A crowd of a hundred thousand is placed in one go, in seconds: more than Prisma's default.
    },
    { timeout: 60_000 },
  );
}
