import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signedInApi } from './support/api-session';
import { concertWithLimit } from './support/queue-db';

test.describe('a hardened edge', () => {
  test('a cross-origin write with a valid session cookie is refused and changes nothing', async ({ playwright, baseURL }) => {
    const fan = await signedInApi(playwright, baseURL!);
    const concert = await concertWithLimit(5);
    const refused = await fan.post('/api/v1/queue/tokens', {
      headers: { origin: 'https://evil.example' },
      data: { concertId: concert.id },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe('FORBIDDEN');
    // Nothing was created: the first real join still makes a new token.
    const joined = await fan.post('/api/v1/queue/tokens', { headers: { origin: baseURL! }, data: { concertId: concert.id } });
    expect(joined.status()).toBe(201);
  });

  test('pages carry a strict CSP and the security headers, and run under it without console errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto('/');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill('demo@encore.test');
    await page.getByLabel('Password').fill('moonlit-chorus-42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('session cookies are HttpOnly and SameSite=Lax', async ({ page, context }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill('demo@encore.test');
    await page.getByLabel('Password').fill('moonlit-chorus-42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    const session = (await context.cookies()).find((c) => c.name.includes('next-auth.session-token'));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  test('sign-in attempts for one email trip the limit with Retry-After', async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL });
    const email = `victim-${randomUUID().slice(0, 8)}@test.encore`;
    let last;
    for (let i = 0; i < 21; i++) {
      const { csrfToken } = await (await context.get('/api/auth/csrf')).json();
      last = await context.post('/api/auth/callback/credentials', {
        form: { csrfToken, email, password: `guess-${i}` },
        maxRedirects: 0,
      });
    }
    expect(last!.status()).toBe(429);
    expect(Number(last!.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await last!.json()).code).toBe('RATE_LIMITED');
  });

  test('queue joins per user trip the limit with Retry-After', async ({ playwright, baseURL }) => {
    const fan = await signedInApi(playwright, baseURL!);
    const concert = await concertWithLimit(5);
    const statuses: number[] = [];
    let refused;
    for (let i = 0; i < 31; i++) {
      const response = await fan.post('/api/v1/queue/tokens', { data: { concertId: concert.id } });
      statuses.push(response.status());
      if (response.status() === 429) refused = response;
    }
    expect(statuses.slice(0, 30).every((s) => s === 200 || s === 201)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(Number(refused!.headers()['retry-after'])).toBeGreaterThan(0);
  });
});
