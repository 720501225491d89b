import type { Tx } from '@/lib/db/client';
import type { AdminConcert } from '@/lib/schemas/concerts';
import { ADMIN_CONCERT_COLUMNS, toAdminConcert, type AdminConcertRow } from './admin-concert-view';

/** A concert as the admin console edits it, past dates or none; null if unknown. */
export async function getAdminConcert(db: Tx, concertId: string): Promise<AdminConcert | null> {
  const [row] = await db.$queryRawUnsafe<AdminConcertRow[]>(
    `SELECT ${ADMIN_CONCERT_COLUMNS} FROM "Concert" c JOIN "QueueSettings" q ON q."concertId" = c.id WHERE c.id = $1::uuid`,
    concertId,
  );
  return row ? toAdminConcert(row) : null;
}
