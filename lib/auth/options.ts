import type { NextAuthOptions } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/core/accounts/authenticate';
import { db } from '@/lib/db/client';
import { SignInBody, type UserView } from '@/lib/schemas/accounts';
import { decodeSessionToken } from './session-token';
import { toSessionUser } from './session-cookie';

declare module 'next-auth' {
  interface Session {
    user: UserView;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: UserView['role'];
  }
}

/**
 * Sessions are signed JWTs in an HttpOnly, SameSite=Lax cookie (Secure behind HTTPS): no
 * session table, so any app instance can verify any request.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 7 * 24 * 3600 },
  // Its own encode; the decode every request makes (lib/auth/session.ts) derives the key once.
  jwt: { decode: async ({ token, secret }) => (token ? decodeSessionToken(token, String(secret)) : null) },
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
      }
      return token;
    },
    session({ session, token }) {
      session.user = toSessionUser(token);
      return session;
    },
  },
};
