import { encode } from 'next-auth/jwt';
import { describe, expect, test } from 'vitest';
import { decodeSessionToken } from '@/lib/auth/session-token';

const secret = 'a-test-secret-of-some-length-0123456789';
const claims = { uid: 'u-1', email: 'fan@test.encore', name: 'Fan', role: 'USER' as const, sub: 'u-1' };

describe('session tokens', () => {
  test('read what next-auth wrote, with its claims', async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    expect(await decodeSessionToken(token, secret)).toMatchObject(claims);
    // Twice with the cached key: the same answer.
    expect(await decodeSessionToken(token, secret)).toMatchObject(claims);
  });

  test('refuse a token of another secret, a tampered one, and an expired one', async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    await expect(decodeSessionToken(token, `${secret}-other`)).rejects.toThrow();
    const parts = token.split('.');
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith('AA') ? 'BB' : 'AA');
    await expect(decodeSessionToken(parts.join('.'), secret)).rejects.toThrow();
    const expired = await encode({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken(expired, secret)).rejects.toThrow();
  });
});
