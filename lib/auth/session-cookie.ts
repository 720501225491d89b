import type { JWT } from 'next-auth/jwt';
import type { UserView } from '@/lib/schemas/accounts';

// Apart from options.ts: the API dispatcher reads sessions without loading next-auth itself.

/** The user a session token speaks for. */
export const toSessionUser = (token: JWT): UserView => ({
  id: token.uid ?? '',
  email: token.email ?? '',
  name: token.name ?? '',
  role: token.role ?? 'USER',
});

/** next-auth's session cookie: `__Secure-` prefixed when the app is served over HTTPS. */
export const sessionCookieName = () =>
  `${(process.env.NEXTAUTH_URL ?? '').startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`;
