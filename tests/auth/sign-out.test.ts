/**
 * Signing out ends the session everywhere (docs/api.md, "Sessions"): the old cookie gets 401 on
 * every app instance within 5 s, though no request reads the database to check its session.
 * GET /me reports the role the database holds now.
 */
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RevocationList, sweepRevokedSessions } from '@/lib/auth/revocations';
import { parseCookieHeader, sessionUserOf } from '@/lib/auth/session';
import { sessionIdOf } from '@/lib/auth/session-cookie';
import { decodeSessionToken } from '@/lib/auth/session-token';
import { db as appDb, poolOf } from '@/lib/db/client';
import { makeUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { call } from '../wallet/route-harness';
import { callAuth, CookieJar, csrfToken, hasSession, signIn, TEST_AUTH_SECRET, setAuthEnvironment } from './auth-route-harness';

setAuthEnvironment();
const db = openTestDb(5);
const me = async () => (await import('@/app/api/v1/me/route')).GET;
const wallet = async () => (await import('@/app/api/v1/wallet/route')).GET;

afterEach(() => {
  vi.useRealTimers();
});

async function signedIn(role: 'USER' | 'ADMIN' = 'USER') {
  const user = await makeUser(db, { role });
  const jar = new CookieJar();
  expect((await signIn(jar, user.email, TEST_PASSWORD)).status).toBe(200);
  expect(hasSession(jar)).toBe(true);
  return { user, jar };
}

const getMe = async (jar: CookieJar) => call(await me(), 'GET', '/me', { headers: { cookie: jar.header() } });

async function signOut(jar: CookieJar) {
  const csrf = await csrfToken(jar);
  return callAuth('POST', 'signout', { jar, form: { csrfToken: csrf, json: 'true' } });
}

async function sessionIdIn(jar: CookieJar) {
  const cookie = parseCookieHeader(jar.header()).find((c) => c.name === 'next-auth.session-token');
  return sessionIdOf(await decodeSessionToken(cookie!.value, TEST_AUTH_SECRET));
}

describe('signing out', () => {
  test('the old cookie gets 401 UNAUTHENTICATED on every endpoint at once', async () => {
    const { user, jar } = await signedIn();
    const old = jar.copy();
    expect(await getMe(old)).toMatchObject({ status: 200, body: { id: user.id, role: 'USER' } });

    const answer = await signOut(jar);
    expect(answer.status).toBe(200);
    expect(hasSession(jar)).toBe(false);

    expect(await getMe(old)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    const walletAnswer = await call(await wallet(), 'GET', '/wallet', { headers: { cookie: old.header() } });
    expect(walletAnswer).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await sessionUserOf(parseCookieHeader(old.header()))).toBeNull();
    // next-auth does not renew it either (SessionProvider asks it to, on every focus).
    const renewed = await callAuth('GET', 'session', { jar: old });
    expect(await renewed.json()).toEqual({});
    expect(hasSession(old)).toBe(false);
  });

  test('cookies renewed earlier in the same session are ended too', async () => {
    const { jar } = await signedIn();
    const first = jar.copy();
    expect((await callAuth('GET', 'session', { jar })).status).toBe(200);
    // A renewed cookie is another token (next-auth gives it a new jti) of the same session.
    expect(jar.header()).not.toBe(first.header());
    expect(await sessionIdIn(jar)).toBe(await sessionIdIn(first));

    await signOut(jar);
    expect((await getMe(first)).status).toBe(401);
  });

  test('a cookie from before session ids existed is one session with its renewals', async () => {
    const user = await makeUser(db);
    const legacy = new CookieJar();
    const claims = { uid: user.id, email: user.email, name: user.name, role: 'USER' as const, sub: user.id };
    legacy.cookies.set('next-auth.session-token', await encode({ token: claims, secret: TEST_AUTH_SECRET, maxAge: 3600 }));
    expect((await getMe(legacy)).status).toBe(200);
    const renewed = legacy.copy();
    await callAuth('GET', 'session', { jar: renewed });
    expect(await sessionIdIn(renewed)).toBe(await sessionIdIn(legacy)); // the legacy jti

    await signOut(renewed);
    expect((await getMe(legacy)).status).toBe(401);
  });

  test('without a valid CSRF token next-auth does not sign out, and the session goes on', async () => {
    const { jar } = await signedIn();
    const answer = await callAuth('POST', 'signout', { jar, form: { csrfToken: 'forged', json: 'true' } });
    expect(answer.status).toBe(200);
    expect(hasSession(jar)).toBe(true);
    expect((await getMe(jar)).status).toBe(200);
  });

  test("another instance's sign-out is seen within the refresh interval, with no database read per request", async () => {
    const { jar } = await signedIn();
    const cookies = parseCookieHeader(jar.header());
    expect(await sessionUserOf(cookies)).not.toBeNull();

    // Another app process signs the session out: its own list, its own connections.
    const elsewhere = new RevocationList(openTestDb(2));
    await elsewhere.revoke((await sessionIdIn(jar))!, new Date());

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    // The list reads through the pool of the app's client; nothing else does, on this path.
    const reads = vi.spyOn(poolOf(appDb()), 'query');
    // Until this process's list is due for a refresh the session may go on, and 100 requests
    // read the database once at most...
    for (let i = 0; i < 100; i++) await sessionUserOf(cookies);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(1);
    // ...but never past the interval.
    vi.setSystemTime(Date.now() + 2_100);
    expect(await sessionUserOf(cookies)).toBeNull();
    expect((await getMe(jar)).status).toBe(401);
  });
});

describe('the revocation list', () => {
  test('two instances on one database: one revokes, the other sees it at its next refresh', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const clock = () => now;
    const a = new RevocationList(db, { refreshMs: 2_000, clock });
    const b = new RevocationList(openTestDb(2), { refreshMs: 2_000, clock });
    const id = randomUUID();
    expect(await b.isRevoked(id)).toBe(false); // b has read the list now

    await a.revoke(id, new Date());
    expect(await a.isRevoked(id)).toBe(true); // its own revocation, at once
    now += 1_000;
    expect(await b.isRevoked(id)).toBe(false); // not yet due to read
    now += 1_000;
    expect(await b.isRevoked(id)).toBe(true);
  });

  test('a list that cannot read the database refuses to answer once its copy is too old', async () => {
    let now = 0;
    const list = new RevocationList(db, { refreshMs: 2_000, clock: () => now });
    expect(await list.isRevoked(randomUUID())).toBe(false);
    vi.spyOn(poolOf(db), 'query').mockRejectedValueOnce(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    );
    now += 2_000;
    await expect(list.isRevoked(randomUUID())).rejects.toThrow(/ECONNREFUSED/);
    vi.restoreAllMocks();
    expect(await list.isRevoked(randomUUID())).toBe(false);
  });

  test('expired revocations are swept', async () => {
    const id = randomUUID();
    const now = new Date();
    await new RevocationList(db).revoke(id, now);
    const row = await db.revokedSession.findUniqueOrThrow({ where: { sessionId: id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(now.getTime() + 7 * 24 * 3600_000);
    await sweepRevokedSessions(db, new Date(row.expiresAt.getTime() - 1));
    expect(await db.revokedSession.count({ where: { sessionId: id } })).toBe(1);
    await sweepRevokedSessions(db, new Date(row.expiresAt.getTime() + 1));
    expect(await db.revokedSession.count({ where: { sessionId: id } })).toBe(0);
  });
});

describe('GET /me', () => {
  test('reports the role the database holds now, not the one in the session', async () => {
    const { user, jar } = await signedIn('ADMIN');
    expect((await getMe(jar)).body).toMatchObject({ id: user.id, role: 'ADMIN' });
    await db.user.update({ where: { id: user.id }, data: { role: 'USER', name: 'Renamed Fan' } });
    expect((await getMe(jar)).body).toEqual({
      id: user.id,
      email: user.email,
      name: 'Renamed Fan',
      role: 'USER',
      locale: null,
      theme: null,
    });
  });

  test('a deleted account is signed out', async () => {
    const { user, jar } = await signedIn();
    await db.user.delete({ where: { id: user.id } });
    expect(await getMe(jar)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });
});
