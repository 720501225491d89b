/**
 * Calls the real route handlers (the wrapper's session, queue gate, idempotency and problem+json
 * included) against the test database, without a server. A test file mocks the session with
 *
 *   vi.mock('@/lib/auth/session', () => import('@/tests/wallet/route-harness').then((h) => h.sessionMock));
 *
 * and picks the signed-in user per call, so concurrent calls can be different users.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { inject } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import type { UserView } from '@/lib/schemas/accounts';

const signedIn = new AsyncLocalStorage<UserView | null>();

export const sessionMock = {
  getSessionUser: async () => signedIn.getStore() ?? null,
  requireUser: async () => {
    const user = signedIn.getStore();
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    return user;
  },
  requireAdmin: async () => {
    throw new DomainError('FORBIDDEN', 'Not in these tests');
  },
  isAdmin: async () => false,
};

/** Points the app's own database client (lib/db/client) at the test database. */
export function useTestDatabaseForRoutes() {
  process.env.DATABASE_URL = inject('databaseUrl');
}

type Handler = (req: Request, next?: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  as?: { id: string; email: string; name: string } | null;
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON and wrong content types). */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { code?: string };
}

export async function call(handler: Handler, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const url = new URL(`http://encore.test/api/v1${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers(options.headers);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const user = options.as ? { ...options.as, role: 'USER' as const } : null;
  const response = await signedIn.run(user, () => handler(new Request(url, { method, headers, body })));
  return { status: response.status, headers: response.headers, body: await response.json() };
}
