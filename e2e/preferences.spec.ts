import { expect, test } from '@playwright/test';
import { TEST_PASSWORD } from '@/lib/testing/factories';
import { signIn } from './support/api-session';
import { LANGUAGES, inLanguage } from './support/i18n';
import { signedInFan } from './support/journey-db';

// The header's language and theme switchers (docs/i18n.md): the same URL in another language,
// kept in a cookie on this browser and, signed in, on the account for every other browser.

test('a Korean browser gets Korean; the switcher flips the page to English and dark, and they stay', async ({ browser }) => {
  const ko = inLanguage('ko').t;
  const en = inLanguage('en').t;
  const context = await browser.newContext({ locale: LANGUAGES.ko.locale, colorScheme: 'light' });
  const fan = await signedInFan(context);
  const page = await context.newPage();
  await page.goto('/wallet');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { name: ko('wallet.title') })).toBeVisible();
  await expect(html).not.toHaveAttribute('data-theme');

  await page.getByLabel(ko('preferences.language')).selectOption('en');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL('/wallet');
  await expect(page.getByRole('heading', { name: en('wallet.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: en('layout.myTickets') })).toBeVisible();

  await page.getByLabel(en('preferences.theme')).selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // The server writes both from then on: no flash of Korean or of the light theme on a reload.
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const account = () =>
    page.evaluate(async () => (await (await fetch('/api/v1/me')).json()) as { locale: string; theme: string });
  await expect.poll(account).toMatchObject({ locale: 'en', theme: 'dark' });

  // Another browser, Korean, signs in as the same fan: the account's choices follow.
  const other = await browser.newContext({ locale: LANGUAGES.ko.locale });
  await signIn(other.request, fan.email, TEST_PASSWORD);
  const elsewhere = await other.newPage();
  await elsewhere.goto('/');
  await expect(elsewhere.locator('html')).toHaveAttribute('lang', 'en');
  await expect(elsewhere.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(elsewhere.getByLabel(en('preferences.language'))).toHaveValue('en');
  await Promise.all([context.close(), other.close()]);
});

test('signed out, an English browser can switch to Korean; the cookie keeps it, and system follows the device', async ({
  browser,
}) => {
  const en = inLanguage('en').t;
  const ko = inLanguage('ko').t;
  const context = await browser.newContext({ locale: LANGUAGES.en.locale, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/signin');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: en('auth.signIn.title') })).toBeVisible();
  // "System" (no choice yet): no data-theme, the CSS follows prefers-color-scheme.
  await expect(page.getByLabel(en('preferences.theme'))).toHaveValue('system');
  await expect(html).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');

  await page.getByLabel(en('preferences.language')).selectOption('ko');
  await expect(html).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { name: ko('auth.signIn.title') })).toBeVisible();
  await page.goto('/');
  await expect(html).toHaveAttribute('lang', 'ko');
  expect((await context.cookies()).find((c) => c.name === 'encore-locale')?.value).toBe('ko');
  await context.close();
});
