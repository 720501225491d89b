import { ACCOUNT_COLUMNS, toMeView } from '@/lib/core/accounts/user-view';
import { db } from '@/lib/db/client';
import type { UserView } from '@/lib/schemas/accounts';
import type { MeView } from '@/lib/schemas/preferences';

/**
 * The signed-in user as the database holds them now (role and preferences included), or null
 * when the account is gone: the session's copy is what was true at sign-in.
 */
export async function currentUser(user: UserView): Promise<MeView | null> {
  const row = await db().user.findUnique({ where: { id: user.id }, select: ACCOUNT_COLUMNS });
  return row ? toMeView(row) : null;
}
