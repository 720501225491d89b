import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret } from '@/lib/config/env';
import { authenticate } from '@/lib/core/accounts/authenticate';
import { db } from '@/lib/db/client';
import { SignInBody, type UserView } from '@/lib/schemas/accounts';
import { revocations } from './revocations';
import { SESSION_MAX_AGE_SECONDS, sessionIdOf, toSessionUser } from './session-cookie';
import { decodeSessionToken } from './session-token';

declare module 'next-auth' {
  interface Session {
    user: UserView;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: UserView['role'];
    /** The session's id: set at sign-in, kept by renewals; what signing out revokes. */
    sid?: string;
  }
}

/**
 * Sessions are signed JWTs in an HttpOnly, SameSite=Lax cookie (Secure behind HTTPS): no
 * session lookup per request, so any app instance can verify any request. Signing out is
 * recorded in RevokedSession, which every instance reads every 2 s (lib/auth/revocations.ts).
 */
export const authOptions: NextAuthOptions = {
  // Read when next-auth handles a request, not when the module loads (`next build` loads it
  // with no secret); a missing secret fails there rather than signing with none.
  get secret() {
    return authSecret();
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // Its own encode; the decode every request makes (lib/auth/session.ts) derives the key once.
  jwt: { decode: async ({ token, secret }) => (token ? unlessRevoked(await decodeSessionToken(token, String(secret))) : null) },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const parsed = SignInBody.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const user = await authenticate(db(), parsed.data.email, parsed.data.password);
        return user ? { ...user } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as UserView;
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.name = signedIn.name;
        token.email = signedIn.email;
        token.sid = randomUUID();
      }
      // A token from before sid existed takes its jti, so that its renewals stay one session.
      token.sid ??= sessionIdOf(token) ?? randomUUID();
      return token;
    },
    session({ session, token }) {
      session.user = toSessionUser(token);
      return session;
    },
  },
};

/**
 * next-auth renews the session cookie whenever SessionProvider asks (GET /api/auth/session);
 * a signed-out session must not be renewed, or a copy of its cookie would outlive the
 * revocation. When the list cannot be read, what it last knew decides: a database blip must
 * not sign everyone out (next-auth deletes the cookie when decode fails).
 */
async function unlessRevoked(token: JWT): Promise<JWT | null> {
  const sessionId = sessionIdOf(token);
  if (!sessionId) return token;
  const list = revocations();
  const revoked = await list.isRevoked(sessionId).catch(() => list.isKnownRevoked(sessionId));
  return revoked ? null : token;
}
