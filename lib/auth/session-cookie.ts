import type { JWT } from 'next-auth/jwt';
import { env } from '@/lib/config/env';
import type { UserView } from '@/lib/schemas/accounts';

// Apart from options.ts: the API dispatcher reads sessions without loading next-auth itself.

/** The user a session token speaks for. */
export const toSessionUser = (token: JWT): UserView => ({
  id: token.uid ?? '',
  email: token.email ?? '',
  name: token.name ?? '',
  role: token.role ?? 'USER',
});

let cookieName: string | undefined;
/** next-auth's session cookie: `__Secure-` prefixed when the app is served over HTTPS. */
export const sessionCookieName = () =>
  (cookieName ??= `${(env().NEXTAUTH_URL ?? '').startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`);

/** How long a session cookie lasts (next-auth's session.maxAge); SessionProvider renews it. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

/**
 * The session a token belongs to: its `sid`, set once at sign-in and kept by every renewal
 * (next-auth gives each renewed cookie a new `jti`), or the `jti` of a token made before sid.
 */
export function sessionIdOf(token: JWT): string | null {
  if (typeof token.sid === 'string' && token.sid) return token.sid;
  return typeof token.jti === 'string' && token.jti ? token.jti : null;
}
