import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';

test('sign up, see your name, sign out, sign in again', async ({ page }) => {
  const email = `e2e-${randomUUID().slice(0, 8)}@test.encore`;
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Jisoo Park');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-good-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Jisoo Park');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);

  await page.goto('/signin');
  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByLabel('Password').fill('a-good-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Jisoo Park');
});

test('a wrong password shows an error and signs nobody in', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill('demo@encore.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
});

test('sign-in with empty fields says what is missing next to each field, and sends nothing', async ({ page }) => {
  const attempts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/callback/credentials')) attempts.push(request.url());
  });
  await page.goto('/signin');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter your email.');
  await expect(email).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('Enter your password.');
  await expect(page.getByText('Wrong email or password.')).toHaveCount(0);

  await email.fill('not-an-email');
  await password.fill('whatever-it-is');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(email).toHaveAccessibleDescription('Enter a valid email address.');
  await expect(password).not.toHaveAttribute('aria-invalid');
  expect(attempts).toEqual([]);

  // Fixed, it is sent, and the server's answer is the one shown.
  await email.fill('demo@encore.test');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  expect(attempts).toHaveLength(1);
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('an empty sign-in is refused in Korean before anything is sent', async ({ page }) => {
    await page.goto('/signin');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.getByRole('button', { name: '로그인' }).click();
    await expect(page.getByLabel('이메일')).toHaveAccessibleDescription('이메일을 입력해 주세요.');
    await expect(page.getByLabel('비밀번호')).toHaveAccessibleDescription('비밀번호를 입력해 주세요.');
  });
});

test('sign-up explains bad input and a taken email', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Someone');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByText('A password has at least 8 characters')).toBeVisible();

  await page.getByLabel('Email').fill('DEMO@encore.test');
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This email is already registered. Sign in instead?')).toBeVisible();
});

test('the home page lists the demo concerts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Upcoming concerts' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Moonrise Tour 2027' })).toBeVisible();
});
