import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { isoToSeoulLocal, seoulLocalToIso } from '@/lib/schemas/admin-console';
import { activePassFor, concertTitled, pastLine, someoneJoinsTheLine } from './support/admin-db';
import { E2E_ADMIN, signIn } from './support/api-session';
import { expectAccessible, signInAsAdmin } from './support/pages';

// UPDATE_SCREENSHOTS=1 refreshes docs/screenshots/admin-*.png from this run.
const shoot = async (page: Page, name: string, fullPage = true) => {
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/admin-${name}.png`, fullPage });
};

test.use({ viewport: { width: 1280, height: 900 } });

/** A column's cell of the concert's row in the live queues table. */
const queueCell = (page: Page, title: string, column: 'Waiting' | 'Active' | 'Limit' | 'Admitted / min') => {
  const index = { Waiting: 1, Active: 2, Limit: 3, 'Admitted / min': 4 }[column];
  return page
    .getByRole('row', { name: new RegExp(title) })
    .getByRole('cell')
    .nth(index);
};

test('an admin puts a concert on sale, sees a fan hold a seat, and tightens the line', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Console Night ${randomUUID().slice(0, 6)}`;
  const day = (days: number) => isoToSeoulLocal(new Date(Date.now() + days * 86_400_000)).slice(0, 10);
  const firstDate = `${day(30)}T19:30`;
  const secondDate = `${day(31)}T18:00`;

  await signInAsAdmin(page, '/admin/concerts/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Artist').fill('The Consoles');
  await page.getByLabel('Venue').fill('Olympic Hall');
  await page.getByLabel('Description').fill('Two nights, made by the admin e2e spec.');
  const date1 = page.getByRole('group', { name: 'Date 1' });
  await date1.getByLabel('Starts (Seoul time)').fill(`${day(-2)}T19:30`);
  // Rows of seats, each with a grade and a price: VIP row A of 10, then row B of 8 as R.
  const row = (date: typeof date1, letter: string) => date.getByRole('group', { name: `Row ${letter}` });
  await row(date1, 'A').getByLabel('Grade').fill('VIP');
  await row(date1, 'A').getByLabel('Price (won)').fill('77000');
  await row(date1, 'A').getByLabel('Seats').fill('10');
  await page.getByRole('button', { name: 'Add a row to date 1' }).click();
  // A new row copies the one in front and takes the focus.
  await expect(row(date1, 'B').getByLabel('Grade')).toBeFocused();
  await expect(row(date1, 'B').getByLabel('Price (won)')).toHaveValue('77000');
  await row(date1, 'B').getByLabel('Grade').fill('R');
  await row(date1, 'B').getByLabel('Price (won)').fill('55000');
  await row(date1, 'B').getByLabel('Seats').fill('8');
  // A row added by mistake goes again from the keyboard; the focus lands on "Add a row".
  await page.getByRole('button', { name: 'Add a row to date 1' }).press('Enter');
  await expect(row(date1, 'C')).toBeVisible();
  await page.getByRole('button', { name: 'Remove row C of date 1' }).press('Enter');
  await expect(row(date1, 'C')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a row to date 1' })).toBeFocused();
  await expect(date1.getByText('2 rows, 18 seats')).toBeVisible();
  await page.getByRole('button', { name: 'Add another date' }).click();
  const date2 = page.getByRole('group', { name: 'Date 2' });
  await date2.getByLabel('Starts (Seoul time)').fill(secondDate);
  await row(date2, 'B').getByLabel('Seats').fill('101');
  await page.getByRole('button', { name: 'Create concert' }).click();

  // The API's 400 errors[] land on their fields, in plain words: first the schema's...
  await expect(row(date2, 'B').getByText('Must be at most 100')).toBeVisible();
  await expect(row(date2, 'B').getByLabel('Seats')).toBeFocused();
  await row(date2, 'B').getByLabel('Seats').fill('2');
  await page.getByRole('button', { name: 'Create concert' }).click();
  // ...then the use case's, which checks the dates against the clock.
  await expect(date1.getByText('Enter a date and time still to come.')).toBeVisible();
  await expect(date2.getByText('Must be at most 100')).toHaveCount(0);
  await date1.getByLabel('Starts (Seoul time)').fill(firstDate);
  await page.getByRole('button', { name: 'Create concert' }).click();

  await expect(page).toHaveURL(/\/admin\/seats\?concert=.+&date=.+&created=1/);
  await expect(page.getByRole('status').filter({ hasText: `“${title}” is on sale with 2 dates.` })).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  // The admin's map has the fan's geometry: the rows as made, lettered, each seat labelled.
  const hall = page.getByRole('group', { name: 'Seats' });
  await expect(hall.getByRole('list', { name: 'Row A' }).getByRole('listitem')).toHaveCount(10);
  await expect(hall.getByRole('list', { name: 'Row B' }).getByRole('listitem')).toHaveCount(8);
  await expect(hall.getByRole('list', { name: 'Row B' })).toContainText('Seat B18, R, 55,000 won, available');
  await expect(page.getByText('Nobody holds or has bought a seat of this date yet.')).toBeVisible();
  const concert = await concertTitled(title);
  // Seoul local time became UTC: 19:30 KST is 10:30Z.
  expect(concert.schedules.map((s) => s.startsAt.toISOString())).toEqual([
    seoulLocalToIso(firstDate),
    seoulLocalToIso(secondDate),
  ]);
  expect(concert.schedules[0].startsAt.toISOString()).toMatch(/T10:30:00\.000Z$/);

  // A fan in another browser, admitted through the line, buys seat 4 and holds seat 3.
  const fanContext = await browser.newContext({ baseURL });
  const fan = fanContext.request;
  const fanEmail = `fan-${randomUUID().slice(0, 8)}@test.encore`;
  const signedUp = await fan.post('/api/v1/users', { data: { email: fanEmail, password: 'fan-password-1', name: 'Mina Fan' } });
  expect(signedUp.status()).toBe(201);
  await signIn(fan, fanEmail, 'fan-password-1');
  let pass = await activePassFor(fanEmail, concert.id);
  const seats: { id: string; number: number }[] = await (
    await fan.get(`/api/v1/schedules/${concert.schedules[0].id}/seats`, { headers: { 'x-queue-token': pass } })
  ).json();
  const hold = (number: number) =>
    fan.post('/api/v1/reservations', { headers: { 'x-queue-token': pass }, data: { seatId: seats[number - 1].id } });
  const seat4 = await hold(4);
  expect(seat4.status()).toBe(201);
  expect((await fan.post('/api/v1/wallet/charges', { data: { amount: 77_000 } })).status()).toBe(201);
  const paid = await fan.post('/api/v1/payments', {
    headers: { 'x-queue-token': pass },
    data: { reservationIds: [(await seat4.json()).id] },
  });
  expect(paid.status()).toBe(201);
  // Paying used the pass up; the line lets the fan back in for another seat.
  pass = await activePassFor(fanEmail, concert.id);
  const seat3 = await hold(3);
  expect(seat3.status()).toBe(201);
  const { heldUntil } = await seat3.json();

  // The open seat map picks both up by itself.
  const holders = page.getByRole('table', { name: 'Held and sold seats' });
  const heldRow = holders.getByRole('row', { name: /Seat A3/ });
  await expect(heldRow).toContainText('VIP');
  await expect(heldRow).toContainText('Held');
  await expect(heldRow).toContainText('Mina Fan');
  await expect(heldRow).toContainText(fanEmail);
  const until = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Seoul',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(heldUntil));
  await expect(heldRow).toContainText(`${until} KST`);
  const sold = holders.getByRole('row', { name: /Seat A4/ });
  await expect(sold).toContainText('Sold');
  await expect(sold).toContainText(fanEmail);
  await expect(hall).toContainText(`Seat A3, VIP, 77,000 won, held by Mina Fan (${fanEmail}) until ${until} KST`);
  await expect(hall).toContainText(`Seat A4, VIP, 77,000 won, sold to Mina Fan (${fanEmail})`);
  await pastLine(concert.id);
  await shoot(page, 'seat-map');
  await expectAccessible(page, 'seat map');

  // Reservations, filtered to this concert: the hold with the buyer, seat, won and Seoul time.
  await page.getByRole('link', { name: 'Reservations & sales' }).click();
  await expect(page.getByRole('heading', { name: 'Reservations and sales' })).toBeVisible();
  await page.getByLabel('Concert').selectOption({ label: title });
  await expect(page).toHaveURL(new RegExp(`concert=${concert.id}`));
  const reservation = page
    .getByRole('table', { name: 'Reservations, newest first' })
    .getByRole('row', { name: new RegExp(fanEmail) });
  const held3 = reservation.filter({ hasText: 'Seat A3' });
  await expect(held3).toContainText('₩77,000');
  await expect(held3).toContainText('Held');
  await expect(held3).toContainText(`${until} KST`);
  await expect(reservation.filter({ hasText: 'Seat A4' })).toContainText('Confirmed');
  await expect(held3).toContainText('VIP');
  const sales = page.getByRole('table', { name: 'Sales per concert and date' });
  const concertSales = sales.getByRole('row', { name: new RegExp(title) });
  await expect(concertSales).toContainText('1 / 30');
  await expect(concertSales).toContainText('₩77,000');
  await page.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await expect(page).toHaveURL(/status=CONFIRMED/);
  await expect(reservation).toHaveCount(1);
  await expect(reservation).toContainText('Seat A4');
  await page.getByLabel('Date').selectOption({ index: 2 });
  await expect(page.getByText('No reservations match these filters yet.')).toBeVisible();
  await page.getByLabel('Date').selectOption({ label: 'All dates' });
  await page.getByLabel('Status').selectOption({ label: 'Any status' });
  await expect(reservation).toHaveCount(2);
  await shoot(page, 'reservations');
  await expectAccessible(page, 'reservations');

  // Live queues: the fan's second pass is the one active; the default limit is 100.
  await page.getByRole('link', { name: 'Live queues' }).click();
  await expect(page.getByRole('heading', { name: 'Live queues' })).toBeVisible();
  await expect(queueCell(page, title, 'Active')).toHaveText('1');
  await expect(queueCell(page, title, 'Limit')).toHaveText('100');
  await page.getByRole('button', { name: `Manage ${title}` }).click();
  const detail = page.getByRole('region', { name: title });
  await expect(detail.getByRole('img', { name: /Over the last 15 minutes/ })).toBeVisible();

  // A limit the API refuses comes back in plain words, and changes nothing.
  const limit = detail.getByRole('spinbutton', { name: 'Active limit' });
  await limit.fill('0');
  await detail.getByRole('button', { name: 'Change limit' }).click();
  await page.getByRole('dialog', { name: 'Change the active limit?' }).getByRole('button', { name: 'Set limit to 0' }).click();
  await expect(detail.getByText('Must be at least 1')).toBeVisible();
  await expect(queueCell(page, title, 'Limit')).toHaveText('100');

  // Lowering it asks first; cancelling changes nothing, confirming does.
  await limit.fill('1');
  await expect(detail.getByText('Must be at least 1')).toHaveCount(0);
  await detail.getByRole('button', { name: 'Change limit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the active limit?' });
  await expect(dialog).toContainText('from 100 to 1');
  // The modal's backdrop covers the viewport only, so this one is not a full-page shot.
  await shoot(page, 'confirm-limit', false);
  await expectAccessible(page, 'confirmation dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(queueCell(page, title, 'Limit')).toHaveText('100');
  await detail.getByRole('button', { name: 'Change limit' }).click();
  await dialog.getByRole('button', { name: 'Set limit to 1' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'The limit is now 1.' })).toBeVisible();
  await expect(queueCell(page, title, 'Limit')).toHaveText('1');

  // With the one slot taken, a fan who joins now waits; the ticker would admit within 2 s.
  await someoneJoinsTheLine(concert.id);
  await expect(queueCell(page, title, 'Waiting')).toHaveText('1');
  await page.waitForTimeout(3_000);
  await expect(queueCell(page, title, 'Waiting')).toHaveText('1');
  await expect(queueCell(page, title, 'Active')).toHaveText('1');

  await detail.getByRole('button', { name: 'Pause admission' }).click();
  await page.getByRole('dialog', { name: 'Pause admission?' }).getByRole('button', { name: 'Pause admission' }).click();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Paused');
  await expect(detail.getByRole('button', { name: 'Resume admission' })).toBeVisible();
  await shoot(page, 'queues');
  await expectAccessible(page, 'live queues');

  await page.getByRole('link', { name: 'New concert' }).click();
  await expect(page.getByRole('heading', { name: 'New concert' })).toBeVisible();
  await shoot(page, 'new-concert');
  await expectAccessible(page, 'new concert');

  // The fan's browser is no admin's: the console answers 403.
  const fanPage = await fanContext.newPage();
  await fanPage.setViewportSize({ width: 1280, height: 900 });
  const refused = await fanPage.goto('/admin');
  expect(refused?.status()).toBe(403);
  await expect(fanPage.getByRole('heading', { name: '403 — admins only' })).toBeVisible();
  await expect(fanPage.getByRole('navigation', { name: 'Admin' })).toHaveCount(0);
  await shoot(fanPage, 'forbidden');
  await expectAccessible(fanPage, '403');
  await fanContext.close();
});

test('a signed-in non-admin gets 403 from every console page and admin endpoint', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const email = `nosy-${randomUUID().slice(0, 8)}@test.encore`;
  expect(
    (await context.request.post('/api/v1/users', { data: { email, password: 'nosy-parker-kettle-93', name: 'Nosy' } })).status(),
  ).toBe(201);
  await signIn(context.request, email, 'nosy-parker-kettle-93');
  const page = await context.newPage();
  for (const path of ['/admin', '/admin/reservations', '/admin/seats', '/admin/concerts/new']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: '403 — admins only' })).toBeVisible();
  }
  for (const path of [
    '/api/v1/admin/sales',
    `/api/v1/admin/queues/${randomUUID()}/history`,
    `/api/v1/admin/schedules/${randomUUID()}/seats`,
  ]) {
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(403);
    expect((await response.json()).code).toBe('FORBIDDEN');
  }
  await context.close();
});

test('a signed-out visitor is sent to sign in, and comes back to the console as admin', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin$/);
  await page.goto('/admin/reservations');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Freservations$/);
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Reservations and sales' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/admin/reservations');
});

test('the admin endpoints answer malformed and unknown ids alike with 404', async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  expect((await admin.get('/api/v1/admin/schedules/not-an-id/seats')).status()).toBe(404);
  expect((await admin.get(`/api/v1/admin/schedules/${randomUUID()}/seats`)).status()).toBe(404);
  expect((await admin.get(`/api/v1/admin/queues/${randomUUID()}/history`)).status()).toBe(404);
  const tooFine = await admin.get(`/api/v1/admin/queues/${randomUUID()}/history?minutes=180&stepSeconds=10`);
  expect(tooFine.status()).toBe(400);
  expect((await tooFine.json()).errors[0].path).toBe('stepSeconds');
  const sales = await admin.get('/api/v1/admin/sales');
  expect(sales.status()).toBe(200);
  expect((await sales.json()).items.some((c: { title: string }) => c.title === 'Moonrise Tour 2027')).toBe(true);
  await admin.dispose();
});
