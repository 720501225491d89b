import type { Db } from '@/lib/db/client';

/** The wallet's books: the balance, and the ledger summed the way it moves money. */
export async function books(db: Db, userId: string) {
  const { balance } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } });
  const rows = await db.walletTransaction.findMany({ where: { userId }, orderBy: { seq: 'asc' } });
  const ledger = rows.reduce((sum, row) => sum + (row.type === 'PAYMENT' ? -row.amount : row.amount), 0);
  return { balance, ledger, rows };
}
