import { cookies } from 'next/headers';
import { DomainError } from '@/lib/core/errors';
import { db } from '@/lib/db/client';
import type { UserView } from '@/lib/schemas/accounts';
import { sessionCookieName, toSessionUser } from './options';
import { decodeSessionToken } from './session-token';

/**
 * The signed-in user of this request (route handler or server component), or null.
 *
 * Reads next-auth's session JWT straight from its cookie: getServerSession would run
 * next-auth's whole request pipeline for the same answer, and every API call asks this (a
 * fifth of a poll's server time). The decode checks integrity and expiry.
 */
export async function getSessionUser(): Promise<UserView | null> {
  const name = sessionCookieName();
  // next-auth splits a large token over name.0, name.1, ...: join them in order.
  const parts = (await cookies())
    .getAll()
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()));
  if (parts.length === 0) return null;
  try {
    const token = await decodeSessionToken(parts.map((p) => p.value).join(''), process.env.AUTH_SECRET ?? '');
    return token.uid ? toSessionUser(token) : null;
  } catch {
    return null;
  }
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
