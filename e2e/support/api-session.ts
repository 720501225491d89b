import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from '@playwright/test';

type Playwright = PlaywrightWorkerArgs['playwright'];

/** A new account, signed in through next-auth's credentials flow, as a script would do it. */
export async function signedInApi(playwright: Playwright, baseURL: string, email?: string, password = 'violet-ferry-candle-27') {
  const context = await playwright.request.newContext({ baseURL });
  const address = email ?? `api-${randomUUID().slice(0, 8)}@test.encore`;
  if (!email) {
    const created = await context.post('/api/v1/users', { data: { email: address, password, name: 'Api Fan' } });
    expect(created.status()).toBe(201);
  }
  await signIn(context, address, password);
  return context;
}

export async function signIn(context: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await context.get('/api/auth/csrf')).json();
  await context.post('/api/auth/callback/credentials', { form: { csrfToken, email, password }, maxRedirects: 0 });
  expect((await context.get('/api/v1/me')).status()).toBe(200);
}

export const E2E_ADMIN = { email: 'admin@e2e.encore', password: 'e2e-backstage-lantern' };

/** Asserts a problem+json answer with this status and code; returns its body. */
export async function expectProblem(response: APIResponse, status: number, code: string, name = '') {
  expect(response.status(), name).toBe(status);
  expect(response.headers()['content-type'], name).toContain('application/problem+json');
  const body = await response.json();
  expect(body, name).toMatchObject({ type: 'about:blank', status, code });
  return body;
}

/** The signed-in user's id. */
export const idOf = async (api: APIRequestContext): Promise<string> => (await (await api.get('/api/v1/me')).json()).id;
