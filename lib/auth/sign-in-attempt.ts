/**
 * What a credentials sign-in (POST /api/auth/callback/credentials) asks next-auth to check,
 * read exactly as next-auth reads it, so the sign-in limits count the attempts next-auth will
 * make, under the email it will try.
 */

/**
 * The body as next-auth 4.24's App Router handler reads it (`getBody` in
 * next-auth/next/utils.js, which the package does not export): JSON when the content type
 * contains application/json, else a form when it contains application/x-www-form-urlencoded,
 * where the LAST value of a repeated field wins (Object.fromEntries); else nothing.
 * Throws on malformed JSON, as next-auth's does (there, a 500). Read a clone: it consumes the body.
 */
export async function nextAuthBody(req: Request): Promise<unknown> {
  if (!req.body || req.method !== 'POST') return undefined;
  const contentType = req.headers.get('content-type');
  if (contentType?.includes('application/json')) return await req.json();
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(await req.text()));
  }
  return undefined;
}

/**
 * The email next-auth's authorize (options.ts) will look up for this body, as the user table
 * keys it (trimmed, lower-cased), or null when it will check no password (no email string).
 */
export function signInEmail(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const email = (body as { email?: unknown }).email;
  if (typeof email !== 'string') return null;
  return email.trim().toLowerCase() || null;
}
