/**
 * PATCH /api/v1/me keeps the language and theme chosen in the header on the account, and
 * GET /api/v1/me reports them (docs/api.md, "Accounts"; docs/i18n.md).
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { GET as getMe, PATCH as patchMe } from '@/app/api/v1/me/route';
import { makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { call, useTestDatabaseForRoutes } from '../wallet/route-harness';

vi.mock('@/lib/auth/session', () => import('../wallet/route-harness').then((h) => h.sessionMock));

const db = openTestDb(5);
beforeAll(() => {
  useTestDatabaseForRoutes();
  process.env.AUTH_SECRET = 'route-test-secret-route-test-secret';
});

const patch = (as: { id: string; email: string; name: string } | null, body: unknown) =>
  call(patchMe, 'PATCH', '/me', { as, body });

describe('preferences on the account', () => {
  test('a new account has chosen nothing; a choice is kept and reported by GET /me', async () => {
    const user = await makeUser(db);
    expect(await call(getMe, 'GET', '/me', { as: user })).toMatchObject({
      status: 200,
      body: { id: user.id, email: user.email, locale: null, theme: null },
    });

    expect(await patch(user, { locale: 'en' })).toMatchObject({ status: 200, body: { id: user.id, locale: 'en', theme: null } });
    expect(await patch(user, { theme: 'dark' })).toMatchObject({ status: 200, body: { locale: 'en', theme: 'dark' } });
    expect(await patch(user, { locale: 'ko', theme: 'system' })).toMatchObject({ body: { locale: 'ko', theme: 'system' } });

    expect((await call(getMe, 'GET', '/me', { as: user })).body).toMatchObject({ locale: 'ko', theme: 'system' });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, theme: true } })).toEqual({
      locale: 'ko',
      theme: 'system',
    });
  });

  test('an unknown language or theme, or an empty body, is 400 and changes nothing', async () => {
    const user = await makeUser(db);
    await patch(user, { locale: 'en', theme: 'light' });
    for (const body of [{ locale: 'fr' }, { theme: 'sepia' }, {}, { locale: null }, { locale: 'EN' }]) {
      const answer = await patch(user, body);
      expect(answer, JSON.stringify(body)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
    expect((await call(getMe, 'GET', '/me', { as: user })).body).toMatchObject({ locale: 'en', theme: 'light' });
  });

  test('the database refuses a value the pages do not know, whoever writes it', async () => {
    const user = await makeUser(db);
    await expect(db.user.update({ where: { id: user.id }, data: { locale: 'fr' } })).rejects.toThrow(/User_locale_check/);
    await expect(db.user.update({ where: { id: user.id }, data: { theme: 'sepia' } })).rejects.toThrow(/User_theme_check/);
  });

  test('signed out is 401; a deleted account is 401 and nothing is written', async () => {
    expect(await patch(null, { locale: 'en' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    const user = await makeUser(db);
    await db.user.delete({ where: { id: user.id } });
    expect(await patch(user, { locale: 'en' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });
});
