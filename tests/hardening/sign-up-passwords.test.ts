/** POST /api/v1/users refuses passwords that are easy to guess, with an error on `password`. */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { POST as postUser } from '@/app/api/v1/users/route';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes } from '../wallet/route-harness';

vi.mock('@/lib/auth/session', () => import('../wallet/route-harness').then((h) => h.sessionMock));

const db = openTestDb(3);
beforeAll(useTestDatabaseForRoutes);

const signUp = (email: string, password: string, name = 'Pass Word') =>
  call(postUser, 'POST', '/users', { body: { email, password, name } });

describe('sign-up password policy', () => {
  test('weak passwords are 400 VALIDATION_FAILED on password, and nobody is created', async () => {
    const email = `weak.${randomUUID().slice(0, 8)}@test.encore`;
    const local = email.split('@')[0];
    const weak: [string, RegExp][] = [
      ['        ', /only spaces/i],
      ['password', /too common/i],
      ['12345678', /too common/i],
      [email, /email/i],
      [email.toUpperCase(), /email/i],
      [local, /email/i],
      [`${local}-2026!`, /email/i],
    ];
    for (const [password, message] of weak) {
      const answer = await signUp(email, password);
      expect(answer.status, password).toBe(400);
      expect(answer.body.code, password).toBe('VALIDATION_FAILED');
      expect(answer.body.errors, password).toEqual([{ path: 'password', message: expect.stringMatching(message) }]);
      expect(answer.body.detail, password).toMatch(/^password: /);
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test('the schema still speaks first: a short password gets the length message', async () => {
    const answer = await signUp(`short-${randomUUID().slice(0, 8)}@test.encore`, 'abc');
    expect(answer.body.errors).toEqual([{ path: 'password', message: 'A password has at least 8 characters' }]);
  });

  test('a strong password signs up', async () => {
    const email = `strong-${randomUUID().slice(0, 8)}@test.encore`;
    const answer = await signUp(email, 'quiet-harbor-lantern-58');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ email, role: 'USER' });
  });
});
