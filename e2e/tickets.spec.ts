import { expect, test } from '@playwright/test';
import { signedInFan } from './support/journey-db';
import { ticketsFor } from './support/tickets-db';
import { signInAsAdmin } from './support/pages';

// After the purchase, as people do it in the browser: the fan's ticket with its QR code, the
// receipt, a refund; the admin's door check-in, refund and cancelled date.

test.use({ viewport: { width: 1280, height: 900 } });

test('a fan opens a ticket with its QR code and seat label, reads its receipt, then refunds it', async ({ page, context }) => {
  const fan = await signedInFan(context);
  const { concert, tickets } = await ticketsFor(fan.id, { price: 88_000, title: `Refund Night ${fan.id.slice(0, 6)}` });

  await page.goto('/tickets');
  await page.getByRole('link', { name: 'Show the ticket for seat A1' }).click();
  await expect(page).toHaveURL(`/tickets/${tickets[0].id}`);
  await expect(page.getByRole('heading', { name: `Ticket for ${concert.title}` })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the ticket for seat A1' })).toBeVisible();
  await expect(page.getByTestId('ticket-seat')).toHaveText('A1');
  await expect(page.getByTestId('ticket-code')).toHaveText(tickets[0].ticketCode.match(/.{1,4}/g)!.join(' '));
  await expect(page.getByText('Test Hall')).toBeVisible();
  await expect(page.getByText(/KST$/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print ticket' })).toBeVisible();

  await page.getByRole('link', { name: 'Receipt' }).click();
  await expect(page).toHaveURL(`/receipts/${tickets[0].paymentId}`);
  await expect(page.getByRole('heading', { name: 'Receipt' })).toBeVisible();
  await expect(page.getByTestId('receipt-payment-id')).toHaveText(tickets[0].paymentId!);
  await expect(page.getByRole('cell', { name: 'A1', exact: true })).toBeVisible();
  await expect(page.getByTestId('receipt-total')).toHaveText('₩88,000');
  await expect(page.getByText('Wallet balance after payment')).toBeVisible();

  await page.goto('/tickets');
  await expect(page.getByText(/^Refundable until /)).toBeVisible();
  await page.getByRole('button', { name: 'Refund seat A1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refund this ticket?' });
  await expect(dialog).toContainText('₩88,000 goes back to your wallet');
  await dialog.getByRole('button', { name: 'Refund ₩88,000' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Refunded: ₩88,000 is back in your wallet.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Refunded/ })).toBeVisible();

  // The wallet history shows the refund, with the receipt of the payment it came from.
  await page.goto('/wallet');
  const history = page.getByRole('list', { name: 'Transactions' });
  await expect(history.getByRole('listitem').first()).toContainText('Refund');
  await history
    .getByRole('link', { name: /^Receipt for ₩88,000/ })
    .first()
    .click();
  await expect(page).toHaveURL(`/receipts/${tickets[0].paymentId}`);
  await expect(page.getByText(/^Refunded \w{3}, /)).toBeVisible();

  // The refunded ticket's page shows no code any more.
  await page.goto(`/tickets/${tickets[0].id}`);
  await expect(page.getByText('This ticket was refunded. Its code no longer works.')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
});

test('within the cutoff the ticket says refunds are closed; a stranger gets a 404 for it', async ({ page, context, browser }) => {
  const fan = await signedInFan(context);
  const { tickets } = await ticketsFor(fan.id, { showInHours: 5 });
  await page.goto(`/tickets/${tickets[0].id}`);
  await expect(page.getByText('Refunds closed 24 hours before the show.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Refund/ })).toHaveCount(0);

  const other = await browser.newContext();
  await signedInFan(other);
  const stranger = await other.newPage();
  const answer = await stranger.goto(`/tickets/${tickets[0].id}`);
  expect(answer?.status()).toBe(404);
  expect((await stranger.goto(`/receipts/${tickets[0].paymentId}`))?.status()).toBe(404);
  await other.close();
});

test('the confirmation page links to the receipt', async ({ page, context }) => {
  const fan = await signedInFan(context);
  const { concert, tickets } = await ticketsFor(fan.id, { count: 2 });
  await page.goto(`/concerts/${concert.id}/confirmed?r=${tickets.map((t) => t.id).join(',')}`);
  await page.getByRole('link', { name: 'View receipt' }).click();
  await expect(page).toHaveURL(`/receipts/${tickets[0].paymentId}`);
});

test('the door: valid the first time, already used on a repeat, not a ticket when forged or refunded', async ({
  page,
  browser,
}) => {
  const fanContext = await browser.newContext();
  const fan = await signedInFan(fanContext);
  const { tickets } = await ticketsFor(fan.id, { count: 2 });
  expect((await fanContext.request.post(`/api/v1/reservations/${tickets[1].id}/refund`)).status()).toBe(200);
  await fanContext.close();

  await signInAsAdmin(page, '/admin');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Door check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Door check-in' })).toBeVisible();
  const code = page.getByLabel('Ticket code');
  const answer = page.getByTestId('check-in-answer');

  await code.fill(`  ${tickets[0].ticketCode}\n`);
  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(answer).toHaveText(/^Valid: A1, \w{3} \d{1,2} \w{3}, \d{2}:\d{2}$/);
  await expect(code).toBeFocused();
  await expect(code).toHaveValue('');

  await code.fill(tickets[0].ticketCode);
  await code.press('Enter');
  await expect(answer).toHaveText(/^Already used at \d{2}:\d{2}$/);

  await code.fill(`${tickets[0].ticketCode.slice(0, -3)}xyz`);
  await code.press('Enter');
  await expect(answer).toHaveText('Not a ticket');

  await code.fill(tickets[1].ticketCode);
  await code.press('Enter');
  await expect(answer).toHaveText('Not a ticket');
  await expect(page.getByRole('heading', { name: 'Recent checks' })).toBeVisible();
});

test('an admin refunds a ticket from the reservations list and cancels a date from the seat map', async ({ page, browser }) => {
  const fanContext = await browser.newContext();
  const fan = await signedInFan(fanContext);
  const single = await ticketsFor(fan.id, { price: 45_000 });
  const night = await ticketsFor(fan.id, { count: 2, price: 30_000 });

  await signInAsAdmin(page, `/admin/reservations?concert=${single.concert.id}`);
  await page.getByRole('button', { name: `Refund seat A1 of ${fan.email}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Refund this ticket?' });
  await expect(dialog).toContainText(fan.email);
  await dialog.getByRole('button', { name: 'Refund ₩45,000' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Refunded ₩45,000.' })).toBeVisible();

  const date = night.concert.schedules[0].id;
  await page.goto(`/admin/seats?concert=${night.concert.id}&date=${date}`);
  await page.getByRole('button', { name: 'Cancel this date' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this date?' });
  await expect(confirm).toContainText('2 tickets');
  await confirm.getByRole('button', { name: 'Cancel date and refund' }).click();
  await expect(page.getByText('Date cancelled: 2 tickets refunded, 0 holds released.')).toBeVisible();
  await expect(page.getByText(/^Cancelled /)).toBeVisible();

  // The fan sees every refund in their wallet history.
  const history = await (await fanContext.request.get('/api/v1/wallet/transactions?limit=3')).json();
  expect(history.items.map((t: { type: string; amount: number }) => [t.type, t.amount])).toEqual([
    ['REFUND', 30_000],
    ['REFUND', 30_000],
    ['REFUND', 45_000],
  ]);
  await fanContext.close();
});
