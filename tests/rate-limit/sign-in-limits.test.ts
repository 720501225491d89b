/**
 * The per-email sign-in limit counts every attempt next-auth will check a password for, keyed
 * by the email next-auth will use: JSON bodies as well as forms, and the last of a repeated
 * field, which is the one next-auth reads.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { callAuth, CookieJar, csrfToken, hasSession, signIn, setAuthEnvironment } from '../auth/auth-route-harness';

setAuthEnvironment();
// Read once, at the first limited request of this process (vitest runs each file in its own).
process.env.RATE_LIMITS = 'on';
process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = '5/300';
process.env.RATE_LIMIT_SIGNIN_PER_IP = '10000/60';

const db = openTestDb(5);
const WRONG = 'not-the-password';

/** A fresh account and a jar with its CSRF cookie; `email` as the account holder writes it. */
async function victim() {
  const user = await makeUser(db, { email: `locked-${randomUUID().slice(0, 8)}@test.encore` });
  const jar = new CookieJar();
  const csrf = await csrfToken(jar);
  return { user, jar, csrf };
}

/** Locks the account out with form posts, as the original limit already counted them. */
async function lockOut(email: string, jar: CookieJar, csrf: string) {
  for (let i = 0; i < 5; i++) {
    const response = await callAuth('POST', 'callback/credentials', { jar, form: { csrfToken: csrf, email, password: WRONG } });
    expect(response.status, `guess ${i + 1}`).not.toBe(429);
  }
  const refused = await callAuth('POST', 'callback/credentials', { jar, form: { csrfToken: csrf, email, password: WRONG } });
  expect(refused.status).toBe(429);
}

describe('sign-in limits per email', () => {
  beforeAll(async () => {
    // The limit must not get in the way of a right password before it is reached.
    const { user, jar } = await victim();
    expect((await signIn(jar, user.email, TEST_PASSWORD)).status).toBe(200);
    expect(hasSession(jar)).toBe(true);
  });

  test('once reached by forms, JSON guesses and repeated fields are refused too, and the right password does not sign in', async () => {
    const { user, jar, csrf } = await victim();
    await lockOut(user.email, jar, csrf);

    for (let i = 0; i < 15; i++) {
      const response = await callAuth('POST', 'callback/credentials', {
        jar,
        json: { csrfToken: csrf, email: user.email, password: `${WRONG}-${i}` },
      });
      expect(response.status, `JSON guess ${i + 1}`).toBe(429);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const repeated: [string, string][] = [
      ['csrfToken', csrf],
      ['email', 'someone-else@test.encore'],
      ['email', user.email],
      ['password', WRONG],
    ];
    expect((await callAuth('POST', 'callback/credentials', { jar, form: repeated })).status).toBe(429);
    // Letter case and spaces around the address make no other key: next-auth trims and lower-cases.
    const shouted = `  ${user.email.toUpperCase()} `;
    expect(
      (await callAuth('POST', 'callback/credentials', { jar, json: { csrfToken: csrf, email: shouted, password: WRONG } }))
        .status,
    ).toBe(429);

    // The right password, every way next-auth takes it, while locked.
    expect((await signIn(jar, user.email, TEST_PASSWORD, 'json')).status).toBe(429);
    expect((await signIn(jar, user.email, TEST_PASSWORD, 'form')).status).toBe(429);
    const right = repeated.map(([k, v]): [string, string] => [k, k === 'password' ? TEST_PASSWORD : v]);
    expect((await callAuth('POST', 'callback/credentials', { jar, form: right })).status).toBe(429);
    expect(
      (
        await callAuth('POST', 'callback/credentials/more', {
          jar,
          json: { csrfToken: csrf, email: user.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(429);
    expect(hasSession(jar)).toBe(false);
  });

  test('JSON guesses alone reach the limit', async () => {
    const { user, jar, csrf } = await victim();
    for (let i = 0; i < 5; i++) {
      const response = await callAuth('POST', 'callback/credentials', {
        jar,
        json: { csrfToken: csrf, email: user.email, password: WRONG, json: 'true' },
      });
      expect(response.status).toBe(401);
    }
    expect((await signIn(jar, user.email, TEST_PASSWORD, 'json')).status).toBe(429);
    expect(hasSession(jar)).toBe(false);
  });

  test('a repeated field counts against the email next-auth uses, the last one', async () => {
    const { user, jar, csrf } = await victim();
    const decoy = `decoy-${randomUUID().slice(0, 8)}@test.encore`;
    for (let i = 0; i < 5; i++) {
      const form: [string, string][] = [
        ['csrfToken', csrf],
        ['email', decoy],
        ['email', user.email],
        ['password', WRONG],
        ['json', 'true'],
      ];
      expect((await callAuth('POST', 'callback/credentials', { jar, form })).status).toBe(401);
    }
    expect((await signIn(jar, user.email, TEST_PASSWORD)).status).toBe(429);
    // The decoy, named first each time, was never the one tried: its limit is untouched.
    const other = await makeUser(db, { email: decoy });
    expect((await signIn(jar, other.email, TEST_PASSWORD)).status).toBe(200);
  });
});
