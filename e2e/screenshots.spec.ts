import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { E2E_ADMIN, signIn } from './support/api-session';
import { LANGUAGES, inLanguage } from './support/i18n';
import { admittedPass, othersWaiting, setActiveLimit, showcaseConcert, signedInFan, someoneAdmitted } from './support/journey-db';
import { setPaused, showcaseSale } from './support/sale-db';

// The three screens that matter most during a sale, as a fan goes through them. With
// UPDATE_SCREENSHOTS=1 the run also refreshes the README's docs/screenshots/<screen>-<desktop|phone>.png
// at desktop and phone widths; without it, the committed images are left alone.

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };

/**
 * The whole page at each width; or, on a phone, the screen as a fan sees it scrolled to `phoneAt`
 * (a full-page capture would strand the sticky bottom bar in the middle of the page).
 */
async function shoot(page: Page, screen: string, phoneAt?: Locator) {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  for (const [name, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    const atScreen = name === 'phone' && phoneAt;
    if (atScreen) await phoneAt.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `docs/screenshots/${screen}-${name}.png`, fullPage: !atScreen, animations: 'disabled' });
  }
  await page.setViewportSize(WIDTHS.desktop);
}

/** Another fan holds (and with `pay`, buys) seats through the API, so the map looks like a sale. */
async function rivalTakes(browser: Browser, concertId: string, seats: { scheduleId: string; number: number }[], pay: boolean) {
  const context = await browser.newContext();
  const token = await admittedPass((await signedInFan(context)).id, concertId);
  const headers = { 'x-queue-token': token };
  const ids: string[] = [];
  for (const { scheduleId, number } of seats) {
    const map = (await (await context.request.get(`/api/v1/schedules/${scheduleId}/seats`, { headers })).json()) as {
      id: string;
      number: number;
    }[];
    const held = await context.request.post('/api/v1/reservations', {
      headers,
      data: { seatId: map.find((s) => s.number === number)!.id },
    });
    expect(held.status()).toBe(201);
    ids.push((await held.json()).id);
  }
  if (pay) {
    expect((await context.request.post('/api/v1/wallet/charges', { data: { amount: 1_000_000 } })).status()).toBe(201);
    expect((await context.request.post('/api/v1/payments', { headers, data: { reservationIds: ids } })).status()).toBe(201);
  }
  await context.close();
}

test('waiting room, seat map and checkout at desktop and phone widths', async ({ browser, page, context }) => {
  test.setTimeout(120_000);
  const concert = await showcaseConcert(1);
  const [first, second, third] = concert.schedules;
  await rivalTakes(
    browser,
    concert.id,
    [3, 4, 15].map((number) => ({ scheduleId: first.id, number })).concat({ scheduleId: third.id, number: 1 }),
    true,
  );
  // This rival's pass stays admitted and fills the line's one place, so the next fans wait.
  await rivalTakes(
    browser,
    concert.id,
    [22, 23, 37, 38].map((number) => ({ scheduleId: first.id, number })),
    false,
  );
  await othersWaiting(concert.id, 2);
  expect(second.totalSeats).toBe(50);

  await signedInFan(context, 'Lee Seoyeon');
  await page.goto(`/concerts/${concert.id}`);
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page.getByTestId('queue-position')).toHaveText('3');
  await expect(page.getByText('People ahead')).toBeVisible();
  await shoot(page, 'waiting-room');

  await setActiveLimit(concert.id, 10);
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: /Sold out$/ })).toBeDisabled();
  await page.getByRole('button', { name: 'Seat B12, R, 132,000 won, available' }).click();
  await page.getByRole('button', { name: 'Seat B13, R, 132,000 won, available' }).click();
  await expect(page.getByRole('button', { name: 'Hold 2 seats' })).toBeEnabled();
  await shoot(page, 'seat-map', page.getByRole('heading', { name: '2. Choose up to 4 seats' }));

  await page.getByRole('button', { name: 'Hold 2 seats' }).click();
  await expect(page.getByText('Your wallet is ₩264,000 short. Top up to pay.')).toBeVisible();
  await shoot(page, 'checkout');
});

test('a QR ticket, its receipt and the door check-in at desktop and phone widths', async ({ browser, page, context }) => {
  test.setTimeout(120_000);
  const concert = await showcaseConcert(10);
  const [first] = concert.schedules;
  const fan = await signedInFan(context, 'Lee Seoyeon');
  // Two seats of row B bought in one payment, through the API as the checkout does it.
  const token = await admittedPass(fan.id, concert.id);
  const headers = { 'x-queue-token': token };
  const map = (await (await context.request.get(`/api/v1/schedules/${first.id}/seats`, { headers })).json()) as {
    id: string;
    label: string;
  }[];
  const ids: string[] = [];
  for (const label of ['B14', 'B15']) {
    const held = await context.request.post('/api/v1/reservations', {
      headers,
      data: { seatId: map.find((s) => s.label === label)!.id },
    });
    expect(held.status()).toBe(201);
    ids.push((await held.json()).id);
  }
  expect((await context.request.post('/api/v1/wallet/charges', { data: { amount: 500_000 } })).status()).toBe(201);
  const paid = await context.request.post('/api/v1/payments', { headers, data: { reservationIds: ids } });
  expect(paid.status()).toBe(201);
  const payment = (await paid.json()) as { id: string; reservations: { id: string; seatLabel: string; ticketCode: string }[] };

  await page.goto(`/tickets/${ids[0]}`);
  await expect(page.getByRole('img', { name: 'QR code of the ticket for seat B14' })).toBeVisible();
  await shoot(page, 'ticket');
  await page.goto(`/receipts/${payment.id}`);
  await expect(page.getByTestId('receipt-total')).toHaveText('₩264,000');
  await shoot(page, 'receipt');

  const admin = await browser.newContext();
  await signIn(admin.request, E2E_ADMIN.email, E2E_ADMIN.password);
  const desk = await admin.newPage();
  await desk.goto('/admin/check-in');
  await desk.getByLabel('Ticket code').fill(payment.reservations[1].ticketCode);
  await desk.getByRole('button', { name: 'Check in' }).click();
  await expect(desk.getByTestId('check-in-answer')).toHaveText(/^Valid: B15, /);
  await desk.getByLabel('Ticket code').fill(payment.reservations[1].ticketCode);
  await desk.getByRole('button', { name: 'Check in' }).click();
  await expect(desk.getByTestId('check-in-answer')).toHaveText(/^Already used at /);
  await desk.getByLabel('Ticket code').fill(payment.reservations[0].ticketCode);
  await desk.getByRole('button', { name: 'Check in' }).click();
  await expect(desk.getByTestId('check-in-answer')).toHaveText(/^Valid: B14, /);
  await shoot(desk, 'check-in');
  await admin.close();
});

test('the pre-queue before sales open, and a paused line, at desktop and phone widths', async ({ browser }) => {
  test.setTimeout(90_000);
  // Sales open in an hour and 23 minutes: the fan waits in the pre-queue with a countdown.
  const opening = await showcaseSale(83 * 60 + 20);
  const early = await browser.newContext();
  await signedInFan(early, 'Park Jiwoo');
  const page = await early.newPage();
  await page.goto(`/concerts/${opening.id}`);
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page.getByTestId('opens-in')).toHaveText(/^1:2\d:\d\d$/);
  await shoot(page, 'pre-queue');
  await early.close();

  // On sale, one place taken, two fans ahead, and the organizer has paused admission.
  const paused = await showcaseSale(null, { activeLimit: 1 });
  await someoneAdmitted(paused.id);
  await othersWaiting(paused.id, 2);
  await setPaused(paused.id, true);
  const fan = await browser.newContext();
  await signedInFan(fan, 'Choi Minseo');
  const waiting = await fan.newPage();
  await waiting.goto(`/concerts/${paused.id}`);
  await waiting.getByRole('button', { name: 'Get in line' }).click();
  await expect(waiting.getByTestId('queue-position')).toHaveText('3');
  await expect(waiting.getByRole('heading', { name: 'The organizer has paused admission' })).toBeVisible();
  await shoot(waiting, 'paused');
  await fan.close();
});

// The README shows the two screens of a sale in Korean too, as a fan in Korea sees them.
test.describe('in Korean', () => {
  test.use({ locale: LANGUAGES.ko.locale });

  test('the waiting room and the seat map in Korean, at desktop and phone widths', async ({ browser, page, context }) => {
    test.setTimeout(120_000);
    const { t, format } = inLanguage('ko');
    const concert = await showcaseConcert(1);
    const [first] = concert.schedules;
    await rivalTakes(
      browser,
      concert.id,
      [3, 4, 15].map((number) => ({ scheduleId: first.id, number })),
      true,
    );
    await rivalTakes(
      browser,
      concert.id,
      [22, 23, 37, 38].map((number) => ({ scheduleId: first.id, number })),
      false,
    );
    await othersWaiting(concert.id, 2);

    await signedInFan(context, '이서연');
    await page.goto(`/concerts/${concert.id}`);
    await page.getByRole('button', { name: t('queue.getInLine') }).click();
    await expect(page.getByTestId('queue-position')).toHaveText('3');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await shoot(page, 'waiting-room-ko');

    await setActiveLimit(concert.id, 10);
    await expect(page).toHaveURL(`/concerts/${concert.id}/book`, { timeout: 20_000 });
    for (const label of ['B12', 'B13'])
      await page
        .getByRole('button', {
          name: t('seats.name', {
            label,
            grade: t('seats.gradePart', { grade: 'R' }),
            price: format.wonWords(132_000),
            state: t('seats.state.available'),
          }),
        })
        .click();
    await expect(page.getByRole('button', { name: t('seats.hold', { count: 2 }) })).toBeEnabled();
    await shoot(page, 'seat-map-ko', page.getByRole('heading', { name: t('seats.chooseSeats', { max: 4 }) }));
  });
});
