import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expirePasses, freshConcert, signedInFan, someoneAdmitted } from './support/journey-db';

// No serious or critical WCAG 2.x A/AA violations on the pages a concertgoer uses.

async function expectAccessible(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, name).toEqual([]);
}

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
  await page.setViewportSize({ width: 375, height: 812 });
  await expectAccessible(page, 'seat map on a phone');
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
