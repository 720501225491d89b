import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('the API reference', () => {
  test('GET /api/v1/openapi.json answers the OpenAPI 3.1 document', async ({ request }) => {
    const response = await request.get('/api/v1/openapi.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/v1/payments'].post.tags).toEqual(['Payments']);
  });

  test('/docs/api renders every tag and operation under the CSP, without console errors', async ({ page }) => {
    const errors: string[] = [];
    // The browser's own favicon request is not the page's doing (the app has no favicon).
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('/');
    await page.getByRole('link', { name: 'API reference' }).click();
    await expect(page).toHaveURL('/docs/api');
    await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
    for (const tag of ['Accounts', 'Queue', 'Concerts', 'Booking', 'Wallet', 'Payments', 'Admin', 'Service']) {
      await expect(page.getByRole('heading', { level: 2, name: tag, exact: true })).toBeVisible();
    }

    const payment = page.getByRole('article', { name: 'POST /api/v1/payments', exact: true });
    await expect(payment).toBeVisible();
    const requirements = payment.getByRole('list', { name: 'Requirements' });
    await expect(requirements).toContainText('Signed in');
    await expect(requirements).toContainText('Queue token');
    await expect(requirements).toContainText('Idempotency-Key');
    await expect(payment.getByText('X-Queue-Token', { exact: true })).toBeVisible();
    await expect(payment.getByText('reservationIds', { exact: true })).toBeVisible();
    for (const code of ['INSUFFICIENT_BALANCE', 'RESERVATION_EXPIRED', 'QUEUE_TOKEN_EXPIRED']) {
      await expect(payment.getByText(code, { exact: true })).toBeVisible();
    }
    // The success body opens without any script of ours: a <details> element.
    await payment.locator('summary').filter({ hasText: '201' }).click();
    await expect(payment.getByText('balance', { exact: true })).toBeVisible();

    await expect(page.getByRole('article', { name: 'POST /api/v1/reservations', exact: true })).toContainText(
      'HOLD_LIMIT_REACHED',
    );
    await expect(page.getByRole('article', { name: 'GET /api/v1/concerts', exact: true })).toContainText('Public');
    await expect(page.getByRole('article', { name: 'POST /api/v1/admin/concerts', exact: true })).toContainText('Admin only');

    // The contents link to each operation.
    await page.getByRole('navigation', { name: 'API sections' }).getByRole('link', { name: 'Hold a seat' }).click();
    await expect(page).toHaveURL(/#postReservations$/);

    expect(errors).toEqual([]);
  });

  test('reads on a phone and has no serious accessibility violations', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/docs/api');
    await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
