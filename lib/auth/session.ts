import { DomainError } from '@/lib/core/errors';
import { db } from '@/lib/db/client';
import type { UserView } from '@/lib/schemas/accounts';
import { sessionCookieName, toSessionUser } from './session-cookie';
import { decodeSessionToken } from './session-token';

/** A cookie header's name=value pairs (values left encoded, as next-auth writes them). */
export function parseCookieHeader(header: string | null): { name: string; value: string }[] {
  if (!header) return [];
  const pairs: { name: string; value: string }[] = [];
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) pairs.push({ name: part.slice(0, at).trim(), value: part.slice(at + 1).trim() });
  }
  return pairs;
}

// A decoded session is remembered by its cookie for a short while: decrypting the JWT is the
// largest part of a cached poll's CPU, and a fan polls with the same cookie for minutes.
const CACHE_MS = 30_000;
const CACHE_MAX = 50_000;
const decoded = new Map<string, { user: UserView | null; until: number }>();

/**
 * The user a request's session cookie speaks for, or null. Reads next-auth's session JWT
 * straight from its cookie (integrity and expiry checked): getServerSession would run
 * next-auth's whole request pipeline for the same answer, on every API call.
 */
export async function sessionUserOf(cookies: { name: string; value: string }[]): Promise<UserView | null> {
  const name = sessionCookieName();
  // next-auth splits a large token over name.0, name.1, ...: join them in order.
  const parts = cookies
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()));
  if (parts.length === 0) return null;
  const value = parts.map((p) => p.value).join('');
  const now = Date.now();
  const hit = decoded.get(value);
  if (hit && hit.until > now) return hit.user;
  let user: UserView | null = null;
  let until = now + CACHE_MS;
  try {
    const token = await decodeSessionToken(value, process.env.AUTH_SECRET ?? '');
    user = token.uid ? toSessionUser(token) : null;
    if (typeof token.exp === 'number') until = Math.min(until, token.exp * 1000);
  } catch {
    user = null;
  }
  if (decoded.size >= CACHE_MAX) decoded.clear();
  decoded.set(value, { user, until });
  return user;
}

/** The signed-in user of an API request, or null. */
export function requestUser(req: Request): Promise<UserView | null> {
  return sessionUserOf(parseCookieHeader(req.headers.get('cookie')));
}

/** The one place that decides who may call an API route. */
export async function requireUser(req: Request): Promise<UserView> {
  const user = await requestUser(req);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return user;
}

/**
 * Admin rights are read from the database, not the session, so a demoted admin loses them at
 * once rather than when their session ends.
 */
export async function requireAdmin(req: Request): Promise<UserView> {
  const user = await requireUser(req);
  if (!(await isAdmin(user))) throw new DomainError('FORBIDDEN', 'This needs an administrator account');
  return { ...user, role: 'ADMIN' };
}

export async function isAdmin(user: UserView | null): Promise<boolean> {
  if (!user) return false;
  const current = await db().user.findUnique({ where: { id: user.id }, select: { role: true } });
  return current?.role === 'ADMIN';
}
