import { timingSafeDummyHash, verifyPassword } from './password';
import type { Tx } from '@/lib/db/client';
import type { UserView } from '@/lib/schemas/accounts';
import { toUserView } from './user-view';

/** The user with this email and password, or null; takes as long for an unknown email. */
export async function authenticate(db: Tx, email: string, password: string): Promise<UserView | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    await verifyPassword(await timingSafeDummyHash(), password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? toUserView(user) : null;
}
