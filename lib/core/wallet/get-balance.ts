import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';

/** The wallet of docs/api.md: what the user can spend, in won. */
export async function getBalance(db: Tx, userId: string): Promise<{ balance: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { balance: true } });
  // A session can outlive its account.
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return { balance: user.balance };
}
