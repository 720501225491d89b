import { authSecret } from '@/lib/config/env';
import { DomainError } from '@/lib/core/errors';
import { db } from '@/lib/db/client';
import type { UserView } from '@/lib/schemas/accounts';
import { revocations } from './revocations';
import { sessionCookieName, sessionIdOf, toSessionUser } from './session-cookie';
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
// Revocation is not remembered with it: every call asks the revocation list (a Map lookup).
const CACHE_MS = 30_000;
const CACHE_MAX = 50_000;
const decoded = new Map<string, { user: UserView | null; sessionId: string | null; until: number }>();

/** The session cookie's value (next-auth splits a large token over name.0, name.1, ...), or null. */
export function sessionCookieValue(cookies: { name: string; value: string }[]): string | null {
  const name = sessionCookieName();
  const parts = cookies
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()));
  return parts.length === 0 ? null : parts.map((p) => p.value).join('');
}

/**
 * The user a request's session cookie speaks for, or null. Reads next-auth's session JWT
 * straight from its cookie (integrity and expiry checked): getServerSession would run
 * next-auth's whole request pipeline for the same answer, on every API call. A session that
 * was signed out on any instance is null within REVOCATION_REFRESH_MS.
 */
export async function sessionUserOf(cookies: { name: string; value: string }[]): Promise<UserView | null> {
  const value = sessionCookieValue(cookies);
  if (value === null) return null;
  const now = Date.now();
  let entry = decoded.get(value);
  if (!entry || entry.until <= now) {
    entry = { user: null, sessionId: null, until: now + CACHE_MS };
    try {
      const token = await decodeSessionToken(value, authSecret());
      entry.user = token.uid ? toSessionUser(token) : null;
      entry.sessionId = sessionIdOf(token);
      if (typeof token.exp === 'number') entry.until = Math.min(entry.until, token.exp * 1000);
    } catch {
      entry.user = null;
    }
    if (decoded.size >= CACHE_MAX) decoded.clear();
    decoded.set(value, entry);
  }
  if (!entry.user) return null;
  if (entry.sessionId && (await revocations().isRevoked(entry.sessionId))) return null;
  return entry.user;
}

/** The session id of the request's cookie when it holds a valid session token, or null. */
export async function requestSessionId(req: Request): Promise<string | null> {
  const value = sessionCookieValue(parseCookieHeader(req.headers.get('cookie')));
  if (value === null) return null;
  try {
    return sessionIdOf(await decodeSessionToken(value, authSecret()));
  } catch {
    return null;
  }
}

/** Whatever carries the request's headers: a web Request, or the API dispatcher's stand-in. */
type RequestWithHeaders = { headers: { get(name: string): string | null } };

/** The signed-in user of an API request, or null. */
export function requestUser(req: RequestWithHeaders): Promise<UserView | null> {
  return sessionUserOf(parseCookieHeader(req.headers.get('cookie')));
}

/** The one place that decides who may call an API route. */
export async function requireUser(req: RequestWithHeaders): Promise<UserView> {
  const user = await requestUser(req);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return user;
}

/**
 * Admin rights are read from the database, not the session, so a demoted admin loses them at
 * once rather than when their session ends.
 */
export async function requireAdmin(req: RequestWithHeaders): Promise<UserView> {
  const user = await requireUser(req);
  if (!(await isAdmin(user))) throw new DomainError('FORBIDDEN', 'This needs an administrator account');
  return { ...user, role: 'ADMIN' };
}

export async function isAdmin(user: UserView | null): Promise<boolean> {
  if (!user) return false;
  const current = await db().user.findUnique({ where: { id: user.id }, select: { role: true } });
  return current?.role === 'ADMIN';
}
