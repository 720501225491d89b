import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES, inLanguage } from './support/i18n';
import { admittedPass, expirePasses, freshConcert, runOutHolds, signedInFan, someoneAdmitted } from './support/journey-db';

// The concertgoer's way through Encore, in the browser, against the production build.

// The fresh concert's 20 seats are rows of ten with no grade: A1..A10, B11..B20.
const seat = (page: Page, label: string, state = 'available', price = '99,000') =>
  page.getByRole('button', { name: `Seat ${label}, ${price} won, ${state}`, exact: true });

async function getInLine(page: Page, concertId: string) {
  await page.goto(`/concerts/${concertId}`);
  await page.getByRole('button', { name: 'Get in line' }).click();
  await expect(page).toHaveURL(new RegExp(`/concerts/${concertId}/(queue|book)`));
}

async function topUpAndPay(page: Page, total: string) {
  await expect(page.getByText(`Your wallet is ${total} short. Top up to pay.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Pay ${total}` })).toBeDisabled();
  await page.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(page.getByText(`Added ${total}.`)).toBeVisible();
  await page.getByRole('button', { name: `Pay ${total}` }).click();
  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();
}

// The whole purchase once in each language, with the words of that language's catalog.
for (const language of ['en', 'ko'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: LANGUAGES[language].locale });

    test('a new fan signs up, gets in line, picks two seats, tops up, pays and finds the tickets', async ({ page }) => {
      test.setTimeout(120_000);
      const { t, format } = inLanguage(language);
      const concert = await freshConcert({ title: `Journey ${randomUUID().slice(0, 6)}` });
      const seatButton = (label: string) =>
        page.getByRole('button', {
          name: t('seats.name', {
            label,
            grade: '',
            price: format.wonWords(99_000),
            state: t('seats.state.available'),
          }),
          exact: true,
        });

      await page.goto(`/concerts/${concert.id}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByRole('link', { name: t('queue.getInLine') }).click();
      await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
      await page.getByRole('link', { name: t('auth.signIn.createAccount') }).click();
      await page.getByLabel(t('auth.fields.name')).fill('Kim Minji');
      await page.getByLabel(t('auth.fields.email')).fill(`journey-${randomUUID().slice(0, 8)}@test.encore`);
      await page.getByLabel(t('auth.fields.password')).fill('a-good-password');
      await page.getByRole('button', { name: t('auth.signUp.submit') }).click();
      await expect(page).toHaveURL(`/concerts/${concert.id}`);

      await page.getByRole('button', { name: t('queue.getInLine') }).click();
      // Plenty of room in this line: the waiting room admits at once and moves on by itself.
      await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
      await expect(page.getByText(t('queue.bookingPass'))).toBeVisible();

      const dates = page.getByRole('button', { name: new RegExp(`${t('booking.dates.seatsLeft', { count: 20 })}$`) });
      await expect(dates).toHaveCount(2);
      await dates.nth(1).click();
      await expect(dates.nth(1)).toHaveAttribute('aria-pressed', 'true');

      await seatButton('B12').click();
      await expect(seatButton('B12')).toHaveAttribute('aria-pressed', 'true');
      // The keyboard works too: the arrow key moves to seat B13 and Enter chooses it.
      await page.keyboard.press('ArrowRight');
      await expect(seatButton('B13')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(seatButton('B13')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('list', { name: t('seats.chosenSeats') })).toContainText(
        t('seats.chosenSeat', { label: 'B12', price: format.won(99_000) }),
      );

      await page.getByRole('button', { name: t('seats.hold', { count: 2 }) }).click();
      await expect(page).toHaveURL(`/concerts/${concert.id}/checkout`);
      await expect(page.getByRole('heading', { name: t('checkout.heldSeats') })).toBeVisible();
      const total = format.won(198_000);
      await expect(page.getByTestId('checkout-total')).toHaveText(total);
      await expect(page.getByTestId('wallet-balance')).toHaveText(format.won(0));
      await expect(page.getByText(t('checkout.short', { amount: total }))).toBeVisible();
      await expect(page.getByRole('button', { name: t('checkout.pay', { amount: total }) })).toBeDisabled();
      await page.getByRole('button', { name: t('wallet.topUpForm.submit'), exact: true }).click();
      await expect(
        page.getByText(t('wallet.topUpForm.added', { amount: total, balance: total }), { exact: false }),
      ).toBeVisible();
      await page.getByRole('button', { name: t('checkout.pay', { amount: total }) }).click();
      await expect(page.getByRole('heading', { name: t('confirmation.title') })).toBeVisible();
      await expect(page.getByText(t('confirmation.summary', { count: 2, title: concert.title, amount: total }))).toBeVisible();

      await page.getByRole('link', { name: t('layout.myTickets'), exact: true }).click();
      await expect(page.getByRole('heading', { name: t('tickets.title') })).toBeVisible();
      for (const label of ['B12', 'B13']) {
        const ticket = page.getByRole('article', { name: t('tickets.stub.label', { title: concert.title, label }) });
        await expect(ticket).toContainText(t('tickets.status.CONFIRMED'));
      }

      await page.getByRole('link', { name: t('layout.wallet'), exact: true }).click();
      await expect(page.getByTestId('wallet-balance')).toHaveText(format.won(0));
      const transactions = page.getByRole('list', { name: t('wallet.history.list') });
      await expect(transactions).toContainText(t('wallet.history.types.PAYMENT'));
      await expect(transactions).toContainText(t('wallet.history.types.CHARGE'));
    });
  });
}

test('with room for one, the second fan waits with a place, across a reload and a second tab, and is admitted by itself when the first pays', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const concert = await freshConcert({ activeLimit: 1 });
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  await Promise.all([signedInFan(first), signedInFan(second)]);
  const pageA = await first.newPage();
  const pageB = await second.newPage();

  await getInLine(pageA, concert.id);
  await expect(pageA).toHaveURL(`/concerts/${concert.id}/book`);

  await getInLine(pageB, concert.id);
  await expect(pageB).toHaveURL(`/concerts/${concert.id}/queue`);
  await expect(pageB.getByRole('heading', { name: 'You are in line' })).toBeVisible();
  await expect(pageB.getByTestId('queue-position')).toHaveText('1');
  await expect(pageB.getByRole('progressbar', { name: 'Progress to the front of the line' })).toBeVisible();

  await pageB.reload();
  await expect(pageB.getByTestId('queue-position')).toHaveText('1');
  const tabB = await second.newPage();
  await tabB.goto(`/concerts/${concert.id}/queue`);
  await expect(tabB.getByTestId('queue-position')).toHaveText('1');

  await seat(pageA, 'A1').click();
  await pageA.getByRole('button', { name: 'Hold 1 seat' }).click();
  await expect(pageA).toHaveURL(`/concerts/${concert.id}/checkout`);
  await topUpAndPay(pageA, '₩99,000');

  // The payment used the first pass up; the line moves and both of B's tabs go on by themselves.
  await expect(pageB).toHaveURL(`/concerts/${concert.id}/book`, { timeout: 20_000 });
  await expect(tabB).toHaveURL(`/concerts/${concert.id}/book`, { timeout: 20_000 });
  await expect(seat(pageB, 'A1', 'sold')).toBeVisible();
  await expect(seat(pageB, 'A1', 'sold')).toHaveAttribute('aria-disabled', 'true');
  await Promise.all([first.close(), second.close()]);
});

test('a seat someone else took a moment ago is explained, the map catches up, and the other seat is held', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(90_000);
  const concert = await freshConcert();
  await signedInFan(context);
  // Freeze this page's view of the seats to stand for the moment before its next refresh.
  let frozen = false;
  let lastSeats = '';
  await page.route('**/api/v1/schedules/*/seats', async (route) => {
    if (frozen && lastSeats) return route.fulfill({ status: 200, contentType: 'application/json', body: lastSeats });
    const response = await route.fetch();
    lastSeats = await response.text();
    return route.fulfill({ response, body: lastSeats });
  });

  await getInLine(page, concert.id);
  await expect(page).toHaveURL(`/concerts/${concert.id}/book`);
  await seat(page, 'A7').click();
  await seat(page, 'A8').click();

  frozen = true;
  const rival = await browser.newContext();
  const token = await admittedPass((await signedInFan(rival)).id, concert.id);
  const seven = (JSON.parse(lastSeats) as { id: string; number: number }[]).find((s) => s.number === 7)!;
  const held = await rival.request.post('/api/v1/reservations', {
    headers: { 'x-queue-token': token },
    data: { seatId: seven.id },
  });
  expect(held.status()).toBe(201);

  await page.getByRole('button', { name: 'Hold 2 seats' }).click();
  frozen = false;
  const notice = page.getByRole('alert').filter({ hasText: 'Seat A7' });
  await expect(notice).toContainText('Seat A7 was just taken by someone else. The map is up to date: pick another seat.');
  await expect(notice).toContainText('Seat A8 is held for you.');
  await expect(seat(page, 'A7', 'on hold')).toBeVisible();
  await expect(seat(page, 'A8', 'held by you')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue to payment (1 held)' })).toBeVisible();
  await rival.close();
});

test('a hold that runs out before payment is explained, charges nothing, and the seat is free again', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const concert = await freshConcert();
  const fan = await signedInFan(context);
  await getInLine(page, concert.id);
  await seat(page, 'A5').click();
  await page.getByRole('button', { name: 'Hold 1 seat' }).click();
  await expect(page).toHaveURL(`/concerts/${concert.id}/checkout`);
  await page.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(page.getByTestId('wallet-balance')).toHaveText('₩99,000');

  expect(await runOutHolds(fan.id)).toBe(1);
  await page.getByRole('button', { name: 'Pay ₩99,000' }).click();
  await expect(page.getByText('Your hold on seat A5 ran out before payment, so it is back on sale.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You have no seats on hold for this concert' })).toBeVisible();

  await page.getByRole('link', { name: 'Pick seats again' }).click();
  await expect(seat(page, 'A5')).toBeVisible();
  await page.goto('/wallet');
  await expect(page.getByTestId('wallet-balance')).toHaveText('₩99,000');
  await page.goto('/tickets');
  await expect(page.getByRole('article', { name: `${concert.title}, seat A5` })).toContainText('Hold expired');
});

test('a place in line that expired says so and one button gets the fan back in line', async ({ page, context }) => {
  const concert = await freshConcert({ activeLimit: 1 });
  await someoneAdmitted(concert.id);
  const fan = await signedInFan(context);
  await getInLine(page, concert.id);
  await expect(page.getByTestId('queue-position')).toHaveText('1');

  await expirePasses(fan.id, concert.id);
  await expect(page.getByRole('heading', { name: 'Your place in line has expired' })).toBeVisible();
  await page.getByRole('button', { name: 'Get back in line' }).click();
  await expect(page.getByRole('heading', { name: 'You are in line' })).toBeVisible();
  await expect(page.getByTestId('queue-position')).toHaveText('1');
});

test('booking pages send a signed-out visitor to sign in and back', async ({ page }) => {
  const concert = await freshConcert();
  await page.goto(`/concerts/${concert.id}/book`);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/concerts/${concert.id}/book`)}`);
  await page.goto('/concerts/not-a-concert');
  await expect(page.getByText(/could not be found|404/i).first()).toBeVisible();
});
