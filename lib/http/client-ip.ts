/**
 * The client's address, as the server decided it from the socket (lib/server/http-server.ts
 * sets this header on every request and drops any copy a client sent). Route handlers cannot
 * see the socket, so they read it here.
 */
export const CLIENT_IP_HEADER = 'x-encore-client-ip';

/**
 * Who sent the request. Without trusted proxies (`TRUST_PROXY=0`) it is the socket's peer:
 * X-Forwarded-For is written by the client and proves nothing. Behind N trusted proxies, the
 * N-th address from the right of X-Forwarded-For is the one the outermost trusted proxy saw;
 * everything left of it may be forged.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxy: number): string {
  const peer = normalise(socketAddress ?? 'unknown');
  if (trustProxy <= 0 || !forwardedFor) return peer;
  const hops = forwardedFor
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const picked = hops[hops.length - trustProxy];
  return picked ? normalise(picked) : peer;
}

// An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d: count it once, as a.b.c.d.
const normalise = (address: string) => (address.startsWith('::ffff:') ? address.slice(7) : address);
