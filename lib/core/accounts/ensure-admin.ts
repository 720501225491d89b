import { hashPassword } from './password';
import type { Tx } from '@/lib/db/client';

/** Creates the admin account, or makes an existing account with that email the admin. */
export async function ensureAdmin(db: Tx, email: string, password: string, name = 'Encore Admin') {
  const normalized = email.trim().toLowerCase();
  const passwordHash = await hashPassword(password);
  return db.user.upsert({
    where: { email: normalized },
    create: { email: normalized, name, passwordHash, role: 'ADMIN' },
    update: { passwordHash, role: 'ADMIN' },
  });
}
