/**
 * What the route wrapper learns about a request that the server's request log needs: who sent
 * it. Keyed by the request object the API dispatcher hands the handler, so nothing else (no
 * header, no async context) carries it. On globalThis: Next.js bundles lib/http more than once.
 */
const globalForRequests = globalThis as unknown as { encoreRequestUsers?: WeakMap<object, string> };
const users = (globalForRequests.encoreRequestUsers ??= new WeakMap<object, string>());

export function noteRequestUser(req: object, userId: string) {
  users.set(req, userId);
}

/** The signed-in user's id, once the route wrapper has checked the session. */
export function requestUserId(req: object): string | undefined {
  return users.get(req);
}
