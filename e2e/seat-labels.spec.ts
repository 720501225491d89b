import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { freshConcert, signedInFan } from './support/journey-db';

// Issue 16: a seat reads as a row and a number with its grade ("B7", R) wherever it appears.

// A1..A4 VIP, B5..B10 R, C11..C15 without a grade.
const ROWS = [
  { grade: 'VIP', price: 150_000, seats: 4 },
  { grade: 'R', price: 120_000, seats: 6 },
  { grade: null, price: 90_000, seats: 5 },
];

test('the map, checkout, the confirmation and the tickets name seats by label and grade', async ({ page, context }) => {
  test.setTimeout(90_000);
  const concert = await freshConcert({ rows: ROWS, title: `Labels ${randomUUID().slice(0, 6)}` });
  await signedInFan(context);
  await page.goto(`/concerts/${concert.id}`);
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);

  // The map: the rows as laid out, front first, each seat named by label, grade, price and state.
  const map = page.getByRole('group', { name: 'Seats' });
  for (const [row, count] of [
    ['A', 4],
    ['B', 6],
    ['C', 5],
  ] as const) {
    await expect(map.getByRole('group', { name: `Row ${row}` }).getByRole('button')).toHaveCount(count);
  }
  await expect(map.getByRole('group', { name: 'Row A' }).getByRole('button').first()).toHaveAccessibleName(
    'Seat A1, VIP, 150,000 won, available',
  );
  await expect(map.getByRole('group', { name: 'Row C' }).getByRole('button').last()).toHaveAccessibleName(
    'Seat C15, 90,000 won, available',
  );
  const grades = page.getByRole('list', { name: 'Price grades' }).getByRole('listitem');
  await expect(grades).toHaveText(['VIP₩150,000', 'R₩120,000', 'Standard₩90,000']);

  // The arrow keys follow the rows: down from B7 is the seat behind it, C13.
  const b7 = page.getByRole('button', { name: 'Seat B7, R, 120,000 won, available' });
  await b7.click();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Seat C13, 90,000 won, available' })).toBeFocused();
  await page.getByRole('button', { name: 'Seat C12, 90,000 won, available' }).click();
  await expect(page.getByRole('list', { name: 'Chosen seats' }).getByRole('listitem')).toHaveText([
    'Seat B7 · ₩120,000',
    'Seat C12 · ₩90,000',
  ]);
  await page.getByRole('button', { name: 'Hold 2 seats' }).click();

  // Checkout.
  await expect(page).toHaveURL(`/concerts/${concert.id}/checkout`);
  const held = page.getByRole('region', { name: 'Your held seats' });
  await expect(held.getByText('Seat B7 · R')).toBeVisible();
  await expect(held.getByText('Seat C12', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Release seat C12' })).toBeVisible();
  await page.getByRole('button', { name: 'Top up', exact: true }).click();
  await page.getByRole('button', { name: 'Pay ₩210,000' }).click();

  // The confirmation, then the tickets.
  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();
  const fresh = page.getByRole('list', { name: 'Your new tickets' });
  await expect(fresh.getByRole('article', { name: `${concert.title}, seat B7` })).toContainText('R');
  await expect(fresh.getByRole('article', { name: `${concert.title}, seat C12` })).toContainText('C12');
  await page.goto('/tickets');
  const ticket = page.getByRole('article', { name: `${concert.title}, seat B7` });
  await expect(ticket).toContainText('B7');
  await expect(ticket).toContainText('R');
  await expect(ticket).toContainText('Confirmed');
  await expect(page.getByRole('article', { name: `${concert.title}, seat C12` })).toContainText('Confirmed');
});
