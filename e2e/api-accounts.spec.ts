import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';

// The Accounts part of docs/api.md, as a script (or curl) would use it.
test.describe('accounts API', () => {
  const email = `api-${randomUUID().slice(0, 8)}@Test.Encore`;

  test('sign-up validates, normalises the email and refuses a duplicate in any case', async ({ request }) => {
    const created = await request.post('/api/v1/users', {
      data: { email, password: 'violet-ferry-candle-27', name: 'Api User' },
    });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ email: email.toLowerCase(), name: 'Api User', role: 'USER' });

    const duplicate = await request.post('/api/v1/users', {
      data: { email: email.toUpperCase(), password: 'violet-ferry-candle-27', name: 'Again' },
    });
    expect(duplicate.status()).toBe(409);
    expect(duplicate.headers()['content-type']).toContain('application/problem+json');
    expect(await duplicate.json()).toMatchObject({ code: 'EMAIL_TAKEN', status: 409, type: 'about:blank' });

    const bad = await request.post('/api/v1/users', { data: { email: 'nope', password: 'short', name: '' } });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'name', 'password']);

    const malformed = await request.post('/api/v1/users', {
      headers: { 'content-type': 'application/json' },
      data: '{"email":',
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).code).toBe('VALIDATION_FAILED');

    const huge = await request.post('/api/v1/users', {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ email, password: 'x'.repeat(70_000), name: 'Big' }),
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('credentials sign-in gives a session for /me; a wrong password gives none', async ({ playwright, baseURL }) => {
    const signIn = async (password: string) => {
      const context = await playwright.request.newContext({ baseURL });
      const { csrfToken } = await (await context.get('/api/auth/csrf')).json();
      await context.post('/api/auth/callback/credentials', { form: { csrfToken, email, password }, maxRedirects: 0 });
      return context;
    };
    const good = await signIn('violet-ferry-candle-27');
    const me = await good.get('/api/v1/me');
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email: email.toLowerCase(), role: 'USER' });

    const bad = await signIn('wrong-password');
    const refused = await bad.get('/api/v1/me');
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  test('health answers when the database does', async ({ request }) => {
    const health = await request.get('/api/v1/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });
});
