import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import type { MeView, UpdatePreferencesBody } from '@/lib/schemas/preferences';
import { ACCOUNT_COLUMNS, toMeView } from './user-view';

/**
 * Keeps the language and/or theme a signed-in fan chose on their account, so another browser
 * shows the same. One statement: an account deleted meanwhile is simply not found.
 * UNAUTHENTICATED when the account no longer exists.
 */
export async function updatePreferences(db: Tx, userId: string, input: UpdatePreferencesBody): Promise<MeView> {
  const [row] = await db.user.updateManyAndReturn({
    where: { id: userId },
    data: { locale: input.locale, theme: input.theme },
    select: ACCOUNT_COLUMNS,
  });
  if (!row) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists: sign in again');
  return toMeView(row);
}
