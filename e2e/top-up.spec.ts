import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signedInFan } from './support/journey-db';

// The top-up box refuses what is not a whole number of won instead of charging what is left
// of it once the other characters are dropped ("12.5" was charged as ₩125, "-5" as ₩5).

test('12.5, -5 and letters are refused with a message and nothing is sent; 1,250 is charged', async ({ page, context }) => {
  await signedInFan(context);
  const charges: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/wallet/charges')) charges.push(request.postDataJSON());
  });
  await page.goto('/wallet');
  const box = page.getByLabel('Top-up amount (won)');
  const topUp = page.getByRole('button', { name: 'Top up', exact: true });

  // An empty box is pointed out when the top-up is asked for.
  await box.fill('');
  await expect(box).not.toHaveAttribute('aria-invalid');
  await topUp.click();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/^Enter an amount from ₩1 to ₩1,000,000\./);
  await expect(box).toBeFocused();

  for (const typed of ['12.5', '-5', '10won']) {
    await box.fill(typed);
    // Said at once, tied to the box, and the box is marked invalid.
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(
      /^Use digits only: a whole number of won, with no decimal point, minus sign or letters\./,
    );
    await topUp.click();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(typed);
  }
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await box.fill('1000001');
  await topUp.click();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/^Enter an amount from ₩1 to ₩1,000,000\./);

  await page.reload();
  await expect(page.getByTestId('wallet-balance')).toHaveText('₩0');
  expect(charges).toEqual([]);

  await box.fill('1,250');
  await expect(box).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(page.getByText('Added ₩1,250. Your balance is now ₩1,250.')).toBeVisible();
  expect(charges).toEqual([{ amount: 1_250 }]);
});
