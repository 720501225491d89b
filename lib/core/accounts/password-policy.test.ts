import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, test } from 'vitest';
import {
  checkPassword,
  PASSWORD_BLANK,
  PASSWORD_CONTAINS_EMAIL,
  PASSWORD_TOO_COMMON,
  PASSWORD_TOO_GUESSABLE,
} from './password-policy';

const fan = { email: 'mina.kim@example.com', name: 'Mina Kim' };

describe('checkPassword', () => {
  test('whitespace only is refused', () => {
    for (const password of ['        ', '\t\t\t\t\t\t\t\t', ' \n \n \n \n '])
      expect(checkPassword(password, fan)).toBe(PASSWORD_BLANK);
  });

  test('common passwords and thin variations of them are refused', () => {
    for (const password of [
      'password',
      '12345678',
      'qwertyuiop',
      'iloveyou1',
      'Password1!',
      'P@ssw0rd2026',
      'password-123',
      'letmein123',
    ]) {
      expect(checkPassword(password, fan), password).toBe(PASSWORD_TOO_COMMON);
    }
  });

  test('every one of the 10,000 most common passwords that the schema lets through is refused (docs/api.md)', () => {
    const candidates = dictionary['passwords-common'].slice(0, 10_000).filter((p) => p.length >= 8 && p.length <= 128);
    expect(candidates.length).toBeGreaterThan(3_000);
    const accepted = candidates.filter((password) => checkPassword(password, fan) === null);
    expect(accepted).toEqual([]);
    expect(checkPassword('qwerty123', fan)).toBe(PASSWORD_TOO_COMMON);
  });

  test('patterns easy to guess are refused', () => {
    for (const password of ['abcdefgh', 'aaaaaaaa', 'asdfghjkl;', '12121212']) {
      expect(checkPassword(password, fan), password).toMatch(new RegExp(`^(${PASSWORD_TOO_GUESSABLE}|${PASSWORD_TOO_COMMON})$`));
    }
  });

  test('the email or its local part, whole or inside, is refused in any case', () => {
    for (const password of [
      'mina.kim@example.com',
      'MINA.KIM@EXAMPLE.COM',
      'mina.kim',
      'my-mina.kim-2026',
      'xx-mina.kim@example.com-yy',
    ]) {
      expect(checkPassword(password, fan), password).toBe(PASSWORD_CONTAINS_EMAIL);
    }
    // A plus-tagged address: the part before the tag counts as the local part too.
    expect(checkPassword('hello-jiwoo.park', { email: 'jiwoo.park+tickets@example.com', name: 'J' })).toBe(
      PASSWORD_CONTAINS_EMAIL,
    );
  });

  test('the name is a hint to the estimator: the name alone is too easy', () => {
    expect(checkPassword('Mina Kim', fan)).not.toBeNull();
    expect(checkPassword('minakim1', fan)).not.toBeNull();
  });

  test('strong passwords pass, including a random 8-character one (min length stays 8)', () => {
    for (const password of [
      'quiet-harbor-lantern-58',
      'correct horse battery staple',
      'k9#mQ2vL',
      'Tr0ub4dor&3',
      'blue-tiger-lamp',
    ]) {
      expect(checkPassword(password, fan), password).toBeNull();
    }
  });

  // The old 'encore-demo', 'encore-admin' and 'admin-password-e2e' held their account's local
  // part, and 'password-123' and 'nosy-password' were too common: those fixtures changed.
  test("the repo's demo, admin and fixture passwords pass", async () => {
    const { TEST_PASSWORD } = await import('@/lib/testing/factories');
    const cases: [string, string, string][] = [
      ['moonlit-chorus-42', 'demo@encore.test', 'Demo Fan'], // prisma/seed.ts
      ['backstage-key-2027', 'admin@encore.test', 'Encore Admin'], // scripts/serve.ts
      ['e2e-backstage-lantern', 'admin@e2e.encore', 'Encore Admin'], // playwright.config.ts, e2e/support
      ['nosy-parker-kettle-93', 'nosy-0a1b2c3d@test.encore', 'Nosy'], // e2e/admin.spec.ts
      [TEST_PASSWORD, 'fan-0a1b2c3d@test.encore', 'Fan 0a1b2c3d'],
      [TEST_PASSWORD, 'api-0a1b2c3d@test.encore', 'Api Fan'], // e2e/support/api-session.ts, e2e/api-accounts.spec.ts
      ['a-good-password', 'fan-0a1b2c3d@e2e.encore', 'Journey Fan'],
      ['long-enough-password', 'fan-0a1b2c3d@e2e.encore', 'Fan'],
      ['fan-password-1', 'fan-0a1b2c3d@e2e.encore', 'Mina Fan'],
      ['long-enough', 'new-0a1b2c3d@test.encore', 'New Fan'],
    ];
    for (const [password, email, name] of cases) expect(checkPassword(password, { email, name }), password).toBeNull();
  });

  test('is quick after the first call (dictionaries load once)', () => {
    checkPassword('warm-up-the-dictionaries', fan);
    const started = performance.now();
    for (let i = 0; i < 20; i++) checkPassword(`some-password-${i}`, fan);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
