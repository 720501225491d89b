import { createDb } from '@/lib/db/client';
import { makeConcert } from '@/lib/testing/factories';

/** The e2e database (scripts/e2e.ts sets DATABASE_URL), for fixtures the API cannot make. */
export const e2eDb = () => createDb(process.env.DATABASE_URL!, 3);

export async function concertWithLimit(activeLimit: number) {
  const db = e2eDb();
  try {
    return await makeConcert(db, { activeLimit });
  } finally {
    await db.$disconnect();
  }
}

/** Ends an ACTIVE pass now, as if its time had run out. */
export async function runOutPass(token: string) {
  const db = e2eDb();
  try {
    await db.queueToken.update({ where: { token }, data: { activeUntil: new Date(Date.now() - 1000) } });
  } finally {
    await db.$disconnect();
  }
}
