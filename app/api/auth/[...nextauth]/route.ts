import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { revocations } from '@/lib/auth/revocations';
import { requestSessionId } from '@/lib/auth/session';
import { sessionCookieName } from '@/lib/auth/session-cookie';
import { nextAuthBody, signInEmail } from '@/lib/auth/sign-in-attempt';
import { isDomainError, type ErrorCode } from '@/lib/core/errors';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { problem } from '@/lib/http/problem';
import { clientIp, enforceRateLimits } from '@/lib/http/rate-limit';
import { errorFields, log } from '@/lib/log/logger';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

const MESSAGES = {
  badJson: 'The request body is not valid JSON',
  noAction: (path: string) => `There is no /api/auth/${path}`,
  methodNotAllowed: (method: string, allow: string) => `${method} is not allowed here; use ${allow}`,
  signOutNotRecorded: 'Signing out could not be recorded: try again in a few seconds',
  unavailable: 'The service is briefly unavailable: try again in a few seconds',
  failed: 'Something went wrong with signing in or out',
  refused: 'Signing in was refused',
};

// What next-auth 4 answers, by action and method (next-auth/core/index.js); anything else it
// answers with a plain-text 400, and GET on the credentials callback with a 500.
const ALLOWED: Record<string, string[]> = {
  providers: ['GET'],
  session: ['GET', 'POST'],
  csrf: ['GET'],
  signin: ['GET', 'POST'],
  signout: ['GET', 'POST'],
  callback: ['GET', 'POST'],
  'verify-request': ['GET'],
  error: ['GET'],
  _log: ['POST'],
};
const PROVIDERS = new Set(authOptions.providers.map((provider) => provider.id));

// Statuses next-auth answers with a page or plain text, and the code each becomes.
const CODE_OF: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
};

/**
 * next-auth, with the refusals of docs/api.md around it: problem+json for what next-auth would
 * answer with a 500, plain text or an HTML error page; sign-in limits; sign-out recorded.
 */
async function answer(req: Request, ctx: Context): Promise<Response> {
  const { nextauth = [] } = await ctx.params;
  const [action, providerId] = nextauth;
  const allowed = ALLOWED[action];
  if (!allowed) return problem('NOT_FOUND', MESSAGES.noAction(nextauth.join('/')));
  // next-auth reads only the first two segments: callback/credentials/x is callback/credentials.
  const credentials = action === 'callback' && providerId === 'credentials';
  const allow = credentials ? ['POST'] : allowed;
  if (!allow.includes(req.method)) return methodNotAllowed(req.method, allow);
  if (action === 'callback' && !PROVIDERS.has(providerId)) return problem('NOT_FOUND', MESSAGES.noAction(nextauth.join('/')));

  if (req.method === 'POST') {
    let body: unknown;
    try {
      body = await nextAuthBody(req.clone());
    } catch {
      return problem('VALIDATION_FAILED', MESSAGES.badJson);
    }
    if (credentials) await limitSignIn(req, body);
    if (action === 'signout') return signOut(req, ctx);
  }
  return asProblem(await handler(req, ctx));
}

/**
 * Counted per address, and per email when next-auth will try one: the body as next-auth reads
 * it, JSON or form, and its email as authorize looks it up (lib/auth/sign-in-attempt.ts).
 */
async function limitSignIn(req: Request, body: unknown) {
  const email = signInEmail(body);
  await enforceRateLimits(
    [{ name: 'SIGNIN_PER_IP', key: clientIp(req) }, ...(email ? [{ name: 'SIGNIN_PER_EMAIL' as const, key: email }] : [])],
    new Date(),
  );
}

/**
 * next-auth deletes the cookie; the session itself is ended by recording it, so that a copy
 * of the cookie gets 401 on every instance. Recorded only when next-auth did sign out (it
 * refuses without a valid CSRF token); if it cannot be recorded, the answer is 503 and the
 * cookie is kept, so that signing out can be tried again.
 */
async function signOut(req: Request, ctx: Context): Promise<Response> {
  const sessionId = await requestSessionId(req);
  const response = await handler(req, ctx);
  if (sessionId && clearsSessionCookie(response)) {
    await revocations().revoke(sessionId, new Date());
  }
  return asProblem(response);
}

function clearsSessionCookie(response: Response): boolean {
  const name = sessionCookieName();
  return response.headers.getSetCookie().some((cookie) => {
    const pair = cookie.split(';', 1)[0];
    const at = pair.indexOf('=');
    const cookieName = pair.slice(0, at).trim();
    return (cookieName === name || cookieName.startsWith(`${name}.`)) && pair.slice(at + 1).trim() === '';
  });
}

/** A next-auth refusal that is not JSON (plain text, an HTML page, nothing) as problem+json. */
function asProblem(response: Response): Response {
  if (response.status < 400 || response.headers.get('content-type')?.includes('json')) return response;
  const code = CODE_OF[response.status] ?? 'INTERNAL';
  const answer = problem(code, code === 'FORBIDDEN' ? MESSAGES.refused : MESSAGES.failed);
  for (const cookie of response.headers.getSetCookie()) answer.headers.append('set-cookie', cookie);
  return answer;
}

function methodNotAllowed(method: string, allow: string[]): Response {
  const response = problem('METHOD_NOT_ALLOWED', MESSAGES.methodNotAllowed(method, allow.join(', ')));
  response.headers.set('allow', allow.join(', '));
  return response;
}

/** Never a bare 500: a refusal as its problem+json, the database gone as 503. */
function guarded(req: Request, ctx: Context): Promise<Response> {
  return answer(req, ctx).catch((error: unknown) => {
    if (isDomainError(error)) return problem(error.code, error.detail, error.extra);
    if (isDatabaseUnavailable(error)) {
      const detail = new URL(req.url).pathname.endsWith('/signout') ? MESSAGES.signOutNotRecorded : MESSAGES.unavailable;
      return problem('SERVICE_UNAVAILABLE', detail, { retryAfterSeconds: 2 });
    }
    log().error({ path: new URL(req.url).pathname, error: errorFields(error) }, 'next-auth request failed');
    return problem('INTERNAL', MESSAGES.failed);
  });
}

export { guarded as GET, guarded as POST, guarded as PUT, guarded as PATCH, guarded as DELETE };
