import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { isoToSeoulLocal, seoulLocalToIso } from '@/lib/schemas/admin-console';
import { expectAccessible, signInAsAdmin } from './support/pages';

// The admin sets a concert's opening and tickets per fan when making it, and changes them later
// on the concert's own page (issue #15); once sales open the opening stays where it was.

test.use({ viewport: { width: 1280, height: 900 } });

test('an admin makes a concert that opens later with 2 tickets per fan, then changes both; opened, the opening stays', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const title = `Opening Night ${randomUUID().slice(0, 6)}`;
  const local = (ms: number) => isoToSeoulLocal(new Date(Date.now() + ms));
  const opening = local(3 * 86_400_000);

  await signInAsAdmin(page, '/admin/concerts/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Artist').fill('The Openers');
  await page.getByLabel('Venue').fill('Olympic Hall');
  await page.getByLabel('Sales open (Seoul time)').fill(opening);
  await page.getByLabel('Tickets per fan').fill('2');
  const date1 = page.getByRole('group', { name: 'Date 1' });
  await date1.getByLabel('Starts (Seoul time)').fill(local(30 * 86_400_000));
  const rowA = date1.getByRole('group', { name: 'Row A' });
  await rowA.getByLabel('Price (won)').fill('88000');
  await rowA.getByLabel('Seats').fill('10');
  await page.getByRole('button', { name: 'Create concert' }).click();
  await expect(page).toHaveURL(/\/admin\/seats\?concert=.+&created=1/);
  const concertId = new URL(page.url()).searchParams.get('concert')!;

  const listed = ((await (await page.request.get('/api/v1/concerts')).json()) as { id: string }[]).find(
    (c) => c.id === concertId,
  );
  expect(listed).toMatchObject({ maxTicketsPerUser: 2, salesOpenAt: seoulLocalToIso(opening) });

  // From the live queues, the concert's own page.
  await page.goto(`/admin?concert=${concertId}`);
  await page.getByRole('link', { name: 'Edit concert' }).click();
  await expect(page).toHaveURL(`/admin/concerts/${concertId}`);
  await expect(page.getByRole('heading', { name: 'Edit concert' })).toBeVisible();
  await expect(page.getByLabel('Sales open (Seoul time)')).toHaveValue(opening);
  await expect(page.getByLabel('Tickets per fan')).toHaveValue('2');
  await expectAccessible(page, 'edit concert');

  // The opening brought forward to a minute ago (sales open at once), and 3 tickets per fan.
  const save = page.getByRole('button', { name: 'Save changes' });
  await expect(save).toBeDisabled();
  await page.getByLabel('Tickets per fan').fill('11');
  await save.click();
  await expect(page.getByLabel('Tickets per fan')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Tickets per fan').fill('3');
  await page.getByLabel('Sales open (Seoul time)').fill(local(-60_000));
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // The ticker draws within a second; the page, read again, shows the opening fixed.
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.getByLabel('Sales open (Seoul time)').getAttribute('readonly');
      },
      { timeout: 15_000 },
    )
    .not.toBeNull();
  await expect(
    page.getByText(/^Sales opened at .+ and the pre-queue was drawn: the opening can no longer move\.$/),
  ).toBeVisible();
  await expect(page.getByLabel('Tickets per fan')).toHaveValue('3');
});
