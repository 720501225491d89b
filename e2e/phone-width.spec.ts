import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { freshConcert, signedInFan } from './support/journey-db';

// On a 360 px phone nothing scrolls sideways: the seat map scrolls inside itself if it must,
// and ticket cards keep to the screen however long the concert's names (issue 16, part 5).

test.use({ viewport: { width: 360, height: 780 } });

async function expectNoSidewaysScroll(page: Page, name: string) {
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
  expect(overflow, `${name} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
}

test('at 360 px the seat map, checkout, the confirmation and the tickets fit the screen', async ({ page, context }) => {
  test.setTimeout(90_000);
  const concert = await freshConcert({
    title: `An Evening of Very Long Concert Titles That Wrap Across Lines ${randomUUID().slice(0, 6)}`,
    // A ticket card shows these on one line, cut short: they must not widen the card.
    artist: 'Seoul Philharmonic Orchestra × Lee Jun-ho and the Friends of the Orchestra',
    venue: 'Blue Square Mastercard Hall, Hannam-dong, Yongsan-gu, Seoul',
    rows: [
      { grade: 'VIP', price: 1_500_000, seats: 10 },
      { grade: 'Balcony', price: 990_000, seats: 12 },
      { grade: null, price: 90_000, seats: 10 },
    ],
  });
  await signedInFan(context);
  await page.goto(`/concerts/${concert.id}`);
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
  await expect(page.getByRole('group', { name: 'Seats' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the seat map');

  await page.getByRole('button', { name: 'Seat B22, Balcony, 990,000 won, available' }).click();
  await page.getByRole('button', { name: 'Hold 1 seat' }).click();
  await expect(page.getByRole('heading', { name: 'Your held seats' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'checkout');
  await page.getByRole('button', { name: 'Top up', exact: true }).click();
  await page.getByRole('button', { name: 'Pay ₩990,000' }).click();

  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();
  await expect(page.getByRole('article', { name: `${concert.title}, seat B22` })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the confirmation');

  await page.goto('/tickets');
  await expect(page.getByRole('article', { name: `${concert.title}, seat B22` })).toBeVisible();
  await expectNoSidewaysScroll(page, 'my tickets');
});
