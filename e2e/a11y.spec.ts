import { expect, test } from '@playwright/test';
import { expirePasses, freshConcert, signedInFan, someoneAdmitted } from './support/journey-db';
import { E2E_ADMIN, signIn } from './support/api-session';
import { LANGUAGES, inLanguage } from './support/i18n';
import { ticketsFor } from './support/tickets-db';
import { expectAccessible } from './support/pages';

// No serious or critical WCAG 2.x A/AA violations on the pages a concertgoer uses.

test('signed-out pages: home, a concert, sign in, sign up', async ({ page }) => {
  const concert = await freshConcert();
  for (const [name, path] of [
    ['home', '/'],
    ['concert', `/concerts/${concert.id}`],
    ['sign in', '/signin'],
    ['sign up', '/signup'],
  ]) {
    await page.goto(path);
    await expectAccessible(page, name);
  }
});

test('the booking flow: waiting room, seat map, checkout, confirmation, tickets and wallet', async ({ page, context }) => {
  test.setTimeout(120_000);
  const concert = await freshConcert();
  await signedInFan(context);
  await page.goto(`/concerts/${concert.id}`);
  await expectAccessible(page, 'concert, signed in');
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
  await page.getByRole('button', { name: 'Seat A3, 99,000 won, available' }).click();
  await expectAccessible(page, 'seat map');
  await page.setViewportSize({ width: 360, height: 780 });
  await expectAccessible(page, 'seat map on a 360 px phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Hold 1 seat' }).click();
  await expect(page.getByText('Your wallet is ₩99,000 short. Top up to pay.')).toBeVisible();
  await expectAccessible(page, 'checkout with top-up');
  await page.getByRole('button', { name: 'Top up', exact: true }).click();
  await page.getByRole('button', { name: 'Pay ₩99,000' }).click();
  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();
  await expectAccessible(page, 'confirmation');

  await page.goto('/tickets');
  await expect(page.getByRole('heading', { name: 'My tickets' })).toBeVisible();
  await expectAccessible(page, 'tickets');
  await page.goto('/wallet');
  await expect(page.getByRole('list', { name: 'Transactions' })).toBeVisible();
  await expectAccessible(page, 'wallet');
});

test('the waiting room while waiting, and the page of an expired place', async ({ page, context }) => {
  const concert = await freshConcert({ activeLimit: 1 });
  await someoneAdmitted(concert.id);
  const fan = await signedInFan(context);
  await page.goto(`/concerts/${concert.id}`);
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page.getByTestId('queue-position')).toHaveText('1');
  await expectAccessible(page, 'waiting room');
  await expirePasses(fan.id, concert.id);
  await expect(page.getByRole('heading', { name: 'Your place in line has expired' })).toBeVisible();
  await expectAccessible(page, 'expired place');
});

test('after the purchase: a ticket with its QR code, the refund dialog, a receipt, the door check-in; light and dark', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const fan = await signedInFan(context);
  const { tickets } = await ticketsFor(fan.id, { count: 2 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/tickets/${tickets[0].id}`);
    await expect(page.getByRole('img', { name: 'QR code of the ticket for seat A1' })).toBeVisible();
    await expectAccessible(page, `ticket, ${colorScheme}`);
    await page.setViewportSize({ width: 360, height: 780 });
    await expectAccessible(page, `ticket on a 360 px phone, ${colorScheme}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/tickets');
    await page.getByRole('button', { name: 'Refund seat A1' }).click();
    await expect(page.getByRole('dialog', { name: 'Refund this ticket?' })).toBeVisible();
    await expectAccessible(page, `refund dialog, ${colorScheme}`);
    await page.keyboard.press('Escape');
    await page.goto(`/receipts/${tickets[0].paymentId}`);
    await expectAccessible(page, `receipt, ${colorScheme}`);
  }

  const admin = await browser.newContext();
  await signIn(admin.request, E2E_ADMIN.email, E2E_ADMIN.password);
  const desk = await admin.newPage();
  await desk.goto('/admin/check-in');
  await expectAccessible(desk, 'check-in, empty');
  for (const code of [tickets[1].ticketCode, tickets[1].ticketCode, 'forged']) {
    await desk.getByLabel('Ticket code').fill(code);
    await desk.getByRole('button', { name: 'Check in' }).click();
    await expect(desk.getByRole('button', { name: 'Check in' })).toBeEnabled();
  }
  await expect(desk.getByTestId('check-in-answer')).toHaveText('Not a ticket');
  await expectAccessible(desk, 'check-in with answers');
  await desk.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(desk, 'check-in with answers, dark');
  await admin.close();
});

// The main pages in each language and each theme. Dark comes once from the device
// (prefers-color-scheme, "system") and once from the switcher's cookie (data-theme from the server).
for (const language of ['ko', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the main pages in ${language}, ${theme}`, async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const { t, format } = inLanguage(language);
      const byCookie = theme === 'dark' && language === 'ko';
      const newContext = async () => {
        const context = await browser.newContext({
          locale: LANGUAGES[language].locale,
          colorScheme: byCookie ? 'light' : theme,
        });
        if (byCookie) await context.addCookies([{ name: 'encore-theme', value: 'dark', url: baseURL! }]);
        return context;
      };
      const concert = await freshConcert();
      const full = await freshConcert({ activeLimit: 1 });
      await someoneAdmitted(full.id);

      const context = await newContext();
      const page = await context.newPage();
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      if (byCookie) await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const where = (name: string) => `${name} (${language}, ${theme})`;
      await expectAccessible(page, where('home'));
      for (const [name, path] of [
        ['concert', `/concerts/${concert.id}`],
        ['sign in', '/signin'],
        ['sign up', '/signup'],
      ]) {
        await page.goto(path);
        await expectAccessible(page, where(name));
      }

      await signedInFan(context);
      await page.goto(`/concerts/${full.id}`);
      await page.getByRole('button', { name: t('queue.getInLine') }).click();
      await expect(page.getByTestId('queue-position')).toHaveText('1');
      await expectAccessible(page, where('waiting room'));

      await page.goto(`/concerts/${concert.id}`);
      await page.getByRole('button', { name: t('queue.getInLine') }).click();
      await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
      const seat = t('seats.name', { label: 'A3', grade: '', price: format.wonWords(99_000), state: t('seats.state.available') });
      await page.getByRole('button', { name: seat, exact: true }).click();
      await expectAccessible(page, where('seat map'));
      await page.getByRole('button', { name: t('seats.hold', { count: 1 }) }).click();
      await expect(page.getByText(t('checkout.short', { amount: format.won(99_000) }))).toBeVisible();
      await expectAccessible(page, where('checkout'));
      for (const [name, path] of [
        ['tickets', '/tickets'],
        ['wallet', '/wallet'],
      ]) {
        await page.goto(path);
        await expectAccessible(page, where(name));
      }
      await context.close();

      const admin = await newContext();
      await signIn(admin.request, E2E_ADMIN.email, E2E_ADMIN.password);
      const console_ = await admin.newPage();
      for (const [name, path] of [
        ['live queues', '/admin'],
        ['reservations', '/admin/reservations'],
        ['admin seat map', `/admin/seats?concert=${concert.id}`],
        ['new concert', '/admin/concerts/new'],
      ]) {
        await console_.goto(path);
        await expect(console_.locator('main h1')).toBeVisible();
        await expectAccessible(console_, where(name));
      }
      await admin.close();
    });
  }
}
