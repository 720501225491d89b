/**
 * Session cookies minted the way the app verifies them (lib/auth/options.ts): a next-auth v4
 * JWT, encrypted with the app's secret, carrying the fields the callbacks read. Signing in
 * 10,000 users would measure the password hash, not the flash crowd.
 */
import { encode } from 'next-auth/jwt';
import type { BenchUser } from './seed';

// Not secure: the benchmark's NEXTAUTH_URL is http, so next-auth reads the plain cookie name.
export const SESSION_COOKIE = 'next-auth.session-token';

export async function sessionCookie(user: BenchUser, secret: string): Promise<string> {
  const jwt = await encode({
    secret,
    maxAge: 24 * 3600,
    token: { uid: user.id, email: user.email, name: user.name, role: 'USER', sub: user.id },
  });
  return `${SESSION_COOKIE}=${jwt}`;
}
