import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { isDomainError } from '@/lib/core/errors';
import { problem } from '@/lib/http/problem';
import { clientIp, enforceRateLimits } from '@/lib/http/rate-limit';

const handler = NextAuth(authOptions);

// Sign-in attempts are limited per address and per email before next-auth sees them.
async function POST(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await ctx.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const form = await req.clone().formData().catch(() => null);
    const email = String(form?.get('email') ?? '').trim().toLowerCase();
    try {
      await enforceRateLimits(
        [{ name: 'SIGNIN_PER_IP', key: clientIp(req) }, ...(email ? [{ name: 'SIGNIN_PER_EMAIL' as const, key: email }] : [])],
        new Date(),
      );
    } catch (error) {
      if (isDomainError(error)) return problem(error.code, error.detail, error.extra);
      throw error;
    }
  }
  return handler(req, ctx);
}

export { handler as GET, POST };
