// @ts-check
/**
 * Headers every answer carries, pages and API alike. Plain JavaScript: next.config.js reads it
 * for what Next.js serves, and the API dispatcher (lib/server/api-dispatch.ts) for the rest.
 * Pages also get a Content-Security-Policy with a nonce, from proxy.ts.
 */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];
