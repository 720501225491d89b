import { toUserView } from '@/lib/core/accounts/user-view';
import { db } from '@/lib/db/client';
import type { UserView } from '@/lib/schemas/accounts';

/**
 * The signed-in user as the database holds them now (role included), or null when the account
 * is gone: the session's copy is what was true at sign-in.
 */
export async function currentUser(user: UserView): Promise<UserView | null> {
  const row = await db().user.findUnique({ where: { id: user.id }, select: { id: true, email: true, name: true, role: true } });
  return row ? toUserView(row) : null;
}
