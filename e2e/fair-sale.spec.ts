import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN, signedInApi } from './support/api-session';
import { pausedConcert } from './support/db';
import { freshConcert, othersWaiting, runOutHolds, setActiveLimit, signedInFan, someoneAdmitted } from './support/journey-db';
import { runOutPass } from './support/queue-db';
import { concertOpeningIn, holdsEndIn, othersLeave, passEndsIn, signInAs, ticketsBought } from './support/sale-db';
import { expectAccessible } from './support/pages';

// The fair opening in the browser (issue #15): the pre-queue's countdown and draw, a paused line
// said plainly, a turn announced in a background tab, warnings before time runs out, and the
// numbers a fan reads (joined at, seats left) right wherever they look.

async function getInLine(page: Page, concertId: string) {
  await page.goto(`/concerts/${concertId}`);
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page).toHaveURL(`/concerts/${concertId}/queue`);
}

/** Tells the page it went to the background (or came back), as switching tabs would. */
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

test('two fans join before the opening, both see the countdown, then both are drawn a place', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const concert = await concertOpeningIn(3600);
  // Someone is booking already and fills the line's one place, so the drawn fans stay to be seen.
  await someoneAdmitted(concert.id);
  await setActiveLimit(concert.id, 1);
  const fans = await Promise.all([browser.newContext(), browser.newContext()]);
  const pages = [];
  for (const context of fans) {
    await signedInFan(context);
    const page = await context.newPage();
    await getInLine(page, concert.id);
    await expect(page.getByRole('heading', { name: 'You are in the pre-queue' })).toBeVisible();
    await expect(page.getByText('Sales open in')).toBeVisible();
    await expect(page.getByTestId('opens-in')).toHaveText(/^(59|60):\d\d$/);
    pages.push(page);
  }
  await expectAccessible(pages[0], 'pre-queue');

  // The organizer brings the opening forward to a few seconds from now.
  const admin = await signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password);
  const moved = await admin.patch(`/api/v1/admin/concerts/${concert.id}`, {
    data: { salesOpenAt: new Date(Date.now() + 4_000).toISOString() },
  });
  expect(moved.status()).toBe(200);

  const places = [];
  for (const page of pages) {
    // Each page hears of the new opening at its next poll (at most 15 s away), by which time the
    // places may be drawn already.
    await expect(page.getByRole('heading', { name: 'You are in line' })).toBeVisible({ timeout: 40_000 });
    const place = await page.getByTestId('queue-position').textContent();
    expect(['1', '2']).toContain(place);
    // The place drawn is the place the fan joined at, on the server's word.
    await expect(page.getByText(`#${place}`, { exact: true })).toBeVisible();
    places.push(place);
  }
  expect(places.sort()).toEqual(['1', '2']);
  await Promise.all(fans.map((context) => context.close()));
});

test('a paused line says the organizer paused admission instead of an estimate, and moves again on resume', async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const concert = await pausedConcert();
  await signedInFan(context);
  await getInLine(page, concert.id);
  await expect(page.getByTestId('queue-position')).toHaveText('1');
  await expect(page.getByRole('heading', { name: 'The organizer has paused admission' })).toBeVisible();
  await expect(page.getByText('Estimated wait')).toBeVisible();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await expectAccessible(page, 'paused line');

  const admin = await signedInApi(playwright, baseURL!, E2E_ADMIN.email, E2E_ADMIN.password);
  expect((await admin.patch(`/api/v1/admin/concerts/${concert.id}/queue`, { data: { paused: false } })).status()).toBe(200);
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`, { timeout: 20_000 });
});

test('admitted while the tab is in the background: the title changes, the allowed notification and the chime come, and the seats wait for the fan', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  // The browser's notifications and speakers, as the page would use them, recorded.
  await context.addInitScript(() => {
    const record = window as unknown as { notes: { title: string; body?: string }[]; tones: number };
    record.notes = [];
    record.tones = 0;
    class RecordedNotification {
      static permission: NotificationPermission = 'default';
      static async requestPermission() {
        RecordedNotification.permission = 'granted';
        return 'granted' as const;
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        record.notes.push({ title, body: options?.body });
      }
      close() {}
    }
    Object.defineProperty(window, 'Notification', { configurable: true, value: RecordedNotification });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      record.tones += 1;
      return start.apply(this, args);
    };
  });
  const concert = await freshConcert({ activeLimit: 1 });
  const other = await someoneAdmitted(concert.id);
  await signedInFan(context);
  await getInLine(page, concert.id);
  await expect(page.getByTestId('queue-position')).toHaveText('1');

  // Notifications are asked for on a click, never before.
  expect(await page.evaluate(() => Notification.permission)).toBe('default');
  await page.getByRole('button', { name: 'Notify me' }).click();
  await expect(page.getByText('Notifications are on')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Play a sound' }).check();
  // The chime plays once as the fan turns it on.
  await expect.poll(() => page.evaluate(() => (window as unknown as { tones: number }).tones)).toBe(2);

  await setHidden(page, true);
  await runOutPass(other.token);
  await expect(page).toHaveTitle("It's your turn! · Encore", { timeout: 20_000 });
  await expect(page).toHaveURL(`/concerts/${concert.id}/queue`);
  await expect(page.getByRole('heading', { name: 'It is your turn!' })).toBeVisible();
  await expect(page.getByText('It is your turn. Opening the seat map.')).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { notes: { title: string }[] }).notes)).toEqual([
    { title: "It's your turn", body: expect.stringContaining(concert.title) },
  ]);
  expect(await page.evaluate(() => (window as unknown as { tones: number }).tones)).toBe(4);

  await setHidden(page, false);
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
});

test('a minute before the booking pass runs out the fan is warned, and when it does the page says the booking time ended', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const concert = await freshConcert();
  const fan = await signedInFan(context);
  await getInLine(page, concert.id).catch(() => {});
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
  await expect(page.getByTestId('pass-warning')).toBeEmpty();

  await passEndsIn(fan.id, concert.id, 55);
  const warning = page.getByTestId('pass-warning');
  await expect(warning).toHaveText(/Your booking time ends in less than a minute/, { timeout: 20_000 });
  await expect(warning).toHaveAttribute('aria-live', 'assertive');

  await passEndsIn(fan.id, concert.id, -1);
  await expect(page.getByRole('heading', { name: 'Your booking time ended' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Seats you hold stay yours until their own timers run out.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your place in line has expired' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Get back in line' }).click();
  await expect(page).toHaveURL(new RegExp(`/concerts/${concert.id}/(queue|book)`));
});

test('a minute before held seats are released, checkout warns the fan to pay', async ({ page, context }) => {
  test.setTimeout(90_000);
  const concert = await freshConcert();
  const fan = await signedInFan(context);
  await getInLine(page, concert.id).catch(() => {});
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
  await page.getByRole('button', { name: /^Seat A1, / }).click();
  await page.getByRole('button', { name: 'Hold 1 seat' }).click();
  await expect(page).toHaveURL(`/concerts/${concert.id}/checkout`);
  await expect(page.getByTestId('hold-warning')).toBeEmpty();
  await holdsEndIn(fan.id, 50);
  await page.reload();
  await expect(page.getByTestId('hold-warning')).toHaveText(/Your held seats are released in less than a minute/);
  await runOutHolds(fan.id);
});

test('"You joined at" is the place the fan took, the same on another device', async ({ browser }) => {
  const concert = await freshConcert({ activeLimit: 1 });
  await someoneAdmitted(concert.id);
  await othersWaiting(concert.id, 3);
  const first = await browser.newContext();
  const fan = await signedInFan(first);
  const page = await first.newPage();
  await getInLine(page, concert.id);
  await expect(page.getByTestId('queue-position')).toHaveText('4');
  const joinedAt = page.getByRole('definition').filter({ hasText: /^#/ });
  await expect(joinedAt).toHaveText('#4');

  await othersLeave(concert.id, fan.id, 2);
  await expect(page.getByTestId('queue-position')).toHaveText('2', { timeout: 20_000 });
  await expect(joinedAt).toHaveText('#4');

  // The same fan on a phone: no stored place there, the server's word all the same.
  const second = await browser.newContext();
  await signInAs(second, fan.email);
  const phone = await second.newPage();
  await phone.goto(`/concerts/${concert.id}/queue`);
  await expect(phone.getByTestId('queue-position')).toHaveText('2');
  await expect(phone.getByRole('definition').filter({ hasText: /^#/ })).toHaveText('#4');
  await Promise.all([first.close(), second.close()]);
});

test('the seat picker counts the seats a fan already bought for the concert', async ({ page, context }) => {
  const concert = await freshConcert();
  const fan = await signedInFan(context);
  await ticketsBought(fan.id, concert, 2);
  await getInLine(page, concert.id).catch(() => {});
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
  await expect(page.getByText('You can hold up to 2 more.')).toBeVisible();
  await page.getByRole('button', { name: /^Seat A1, / }).click();
  await page.getByRole('button', { name: /^Seat A2, / }).click();
  await page.getByRole('button', { name: /^Seat A3, / }).click();
  await expect(
    page.getByText('One fan may have 4 tickets for this concert, and you have 2 already, held or bought.'),
  ).toBeVisible();
});

test('the home page says "Opens …" until a concert opens and "On sale" after, never "Opening soon" for one on sale', async ({
  page,
}) => {
  const later = await concertOpeningIn(2 * 86_400, { title: `Opens Later ${crypto.randomUUID().slice(0, 6)}` });
  const now = await freshConcert({ title: `On Sale Now ${crypto.randomUUID().slice(0, 6)}` });
  await page.goto('/');
  const card = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(card(later.title).getByTestId('sale-status')).toHaveText(/^Opens \d+ \w{3}, \d\d:\d\d KST$/);
  await expect(card(now.title).getByTestId('sale-status')).toHaveText('On sale');
  await expect(page.getByText('Opening soon')).toHaveCount(0);
  await page.goto(`/concerts/${later.id}`);
  await expect(page.getByText(/^Sales open \d+ \w{3}, \d\d:\d\d KST$/)).toBeVisible();
});
