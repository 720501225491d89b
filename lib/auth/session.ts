import { getServerSession } from 'next-auth';
import { DomainError } from '@/lib/core/errors';
import { db } from '@/lib/db/client';
import type { UserView } from '@/lib/schemas/accounts';
import { authOptions } from './options';

/** The signed-in user of this request (route handler or server component), or null. */
export async function getSessionUser(): Promise<UserView | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
}

/** The one place that decides who may do what. */
export async function requireUser(): Promise<UserView> {
  const user = await getSessionUser();
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return user;
}

/**
 * Admin rights are read from the database, not the session, so a demoted admin loses them at
 * once rather than when their session ends.
 */
export async function requireAdmin(): Promise<UserView> {
  const user = await requireUser();
  const current = await db().user.findUnique({ where: { id: user.id }, select: { role: true } });
  if (current?.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'This needs an administrator account');
  return { ...user, role: 'ADMIN' };
}

export async function isAdmin(user: UserView | null): Promise<boolean> {
  if (!user) return false;
  const current = await db().user.findUnique({ where: { id: user.id }, select: { role: true } });
  return current?.role === 'ADMIN';
}
