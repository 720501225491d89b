/**
 * Calls the real next-auth route (app/api/auth/[...nextauth]/route.ts) without a server, the
 * way Next.js calls it: with a NextRequest, inside the request scope that next-auth's
 * `headers()` and `cookies()` read. A CookieJar carries cookies from answer to request, as a
 * browser would.
 *
 * Next.js makes its request-scoped storages on first load from globalThis.AsyncLocalStorage,
 * which its own server sets; this file sets it before anything of Next.js loads, so import it
 * before any module that imports next/*, and load the route through `authRoute()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { inject } from 'vitest';

const globals = globalThis as { AsyncLocalStorage?: unknown };
globals.AsyncLocalStorage ??= AsyncLocalStorage;

export const TEST_AUTH_SECRET = 'a-test-secret-for-the-auth-route-0123456789';
export const TEST_ORIGIN = 'http://encore.test';

/** The environment the route reads at load: call before the first `authRoute()`. */
export function setAuthEnvironment() {
  process.env.DATABASE_URL = inject('databaseUrl');
  process.env.AUTH_SECRET = TEST_AUTH_SECRET;
  process.env.NEXTAUTH_SECRET = TEST_AUTH_SECRET;
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
}

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;
type AuthRoute = Record<'GET' | 'POST', Handler> & Partial<Record<'PUT' | 'PATCH' | 'DELETE', Handler>>;

const load = async () => {
  const [route, server, work, workUnit, requestStore] = await Promise.all([
    import('@/app/api/auth/[...nextauth]/route') as unknown as Promise<AuthRoute>,
    import('next/server'),
    import('next/dist/server/app-render/work-async-storage.external.js'),
    import('next/dist/server/app-render/work-unit-async-storage.external.js'),
    import('next/dist/server/async-storage/request-store.js'),
  ]);
  return { route, server, work, workUnit, requestStore };
};
let loaded: ReturnType<typeof load> | undefined;

/** The route module, loaded after the environment is set. */
export async function authRoute(): Promise<AuthRoute> {
  return (await (loaded ??= load())).route;
}

/** A browser's cookies for one site: what Set-Cookie gave, sent back on every request. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  absorb(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  copy(): CookieJar {
    const other = new CookieJar();
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }
}

export interface AuthCallOptions {
  jar?: CookieJar;
  /** A form body; an array of pairs can repeat a field. */
  form?: Record<string, string> | [string, string][];
  json?: unknown;
  /** A raw body, with `contentType`. */
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** One request to /api/auth/<path>, answered by the route's handler for `method`. */
export async function callAuth(method: string, path: string, options: AuthCallOptions = {}): Promise<Response> {
  const { route, server, work, workUnit, requestStore } = await (loaded ??= load());
  const url = new URL(`${TEST_ORIGIN}/api/auth/${path}`);
  const headers = new Headers(options.headers);
  if (options.jar?.cookies.size) headers.set('cookie', options.jar.header());
  let body: string | undefined = options.rawBody;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers.set('content-type', 'application/x-www-form-urlencoded');
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set('content-type', 'application/json');
  }
  if (options.contentType) headers.set('content-type', options.contentType);
  const req = new server.NextRequest(url, { method, headers, body });
  const handler = (route as unknown as Record<string, Handler | undefined>)[method];
  if (!handler) throw new Error(`the route exports no ${method}`);
  const store = requestStore.createRequestStoreForAPI(
    { headers: req.headers } as never,
    url as never,
    [] as never,
    undefined,
    undefined as never,
    undefined,
  );
  const params = Promise.resolve({ nextauth: url.pathname.split('/').slice(3) });
  const response = await work.workAsyncStorage.run({ route: '/api/auth/[...nextauth]' } as never, () =>
    workUnit.workUnitAsyncStorage.run(store as never, () => handler(req, { params })),
  );
  options.jar?.absorb(response);
  return response;
}

/** next-auth's CSRF token, with its cookie put in the jar. */
export async function csrfToken(jar: CookieJar): Promise<string> {
  const response = await callAuth('GET', 'csrf', { jar });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** A credentials sign-in as the sign-in form makes it; the session cookie lands in the jar. */
export async function signIn(jar: CookieJar, email: string, password: string, as: 'form' | 'json' = 'form') {
  const fields = { csrfToken: await csrfToken(jar), email, password, json: 'true' };
  return callAuth('POST', 'callback/credentials', as === 'form' ? { jar, form: fields } : { jar, json: fields });
}

/** Whether the jar holds a session cookie. */
export const hasSession = (jar: CookieJar) => [...jar.cookies.keys()].some((name) => name.startsWith('next-auth.session-token'));
