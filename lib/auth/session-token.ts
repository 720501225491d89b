import { hkdfSync } from 'node:crypto';
import { jwtDecrypt } from 'jose';
import type { JWT } from 'next-auth/jwt';

const keys = new Map<string, Uint8Array>();

/** The key next-auth v4 encrypts session JWTs with: HKDF-SHA256 of the secret, as it derives it. */
function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32));
    keys.set(secret, key);
  }
  return key;
}

/**
 * next-auth's session JWT (A256GCM, `dir`), decrypted and checked (integrity, expiry with
 * next-auth's 15 s tolerance) as next-auth's own decode does, but with the key derived once
 * per secret instead of at every request: every API call reads the session.
 * Throws on a token that is forged, tampered with, expired or for another secret.
 */
export async function decodeSessionToken(token: string, secret: string): Promise<JWT> {
  const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
  return payload as JWT;
}
