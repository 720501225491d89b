/**
 * The API's front door under `npm start` (lib/server/api-dispatch.ts behind
 * lib/server/http-server.ts), over real HTTP: it finds the route.ts handler, passes path
 * parameters, and answers what no handler can with the contract's problem+json.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { json } from '@/lib/http/problem';
import { MAX_BODY_BYTES, readJsonBody } from '@/lib/http/read-json-body';
import type { ApiRequest } from '@/lib/http/api-request';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';
import { ApiDispatcher } from '@/lib/server/api-dispatch';
import { createAppServer, type AppServer } from '@/lib/server/http-server';

const seen: { params?: Record<string, string>; ip?: string | null }[] = [];
const routes = [
  {
    path: '/things/{thingId}',
    handlers: {
      GET: async (req: ApiRequest, ctx: { params: Promise<Record<string, string>> }) => {
        seen.push({ params: await ctx.params, ip: req.headers.get(CLIENT_IP_HEADER) });
        return json({ ok: true }, 200, { 'set-cookie': 'a=1' });
      },
      DELETE: async () => new Response(null, { status: 204 }),
    },
  },
  {
    path: '/echo',
    handlers: { POST: async (req: ApiRequest) => json(await readJsonBody(req).catch((e) => ({ error: e.code })), 201) },
  },
];

let app: AppServer;
let base: string;
beforeAll(async () => {
  app = createAppServer({
    dispatcher: new ApiDispatcher(routes, ['/api/v1/openapi.json']),
    next: async (_req, res) => void res.end('next.js'),
    trustProxy: 0,
  });
  app.server.listen(0, '127.0.0.1');
  await once(app.server, 'listening');
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.drain(1_000));

describe('the API dispatcher', () => {
  test('calls the handler with decoded path parameters and the socket address, never a forged one', async () => {
    const res = await fetch(`${base}/api/v1/things/a%20b`, {
      headers: { [CLIENT_IP_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(seen.at(-1)).toEqual({ params: { thingId: 'a b' }, ip: '127.0.0.1' });
    expect(res.headers.get('set-cookie')).toBe('a=1');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('an unknown path is a problem+json 404, also outside /api/v1', async () => {
    for (const path of ['/api/v1/nothing-here', '/api/v1/things', '/api/v2/things/1', '/api/whatever']) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 404, 'application/problem+json']);
      expect((await res.json()).code).toBe('NOT_FOUND');
    }
  });

  test('a method the path does not take is a problem+json 405 with Allow', async () => {
    const res = await fetch(`${base}/api/v1/things/1`, { method: 'PATCH', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, DELETE');
    expect((await res.json()).code).toBe('METHOD_NOT_ALLOWED');
  });

  test('bad percent-encoding in a path parameter is a 404, not a 500', async () => {
    for (const bad of ['%C0%AF', '%FF', '%', 'abc%']) {
      const res = await fetch(`${base}/api/v1/things/${bad}`);
      expect([bad, res.status]).toEqual([bad, 404]);
      expect((await res.json()).code).toBe('NOT_FOUND');
    }
  });

  test('a body over the limit is refused 413 without being buffered whole', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES * 4) });
    const res = await fetch(`${base}/api/v1/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(await res.json()).toEqual({ error: 'PAYLOAD_TOO_LARGE' });
    const small = await fetch(`${base}/api/v1/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect([small.status, await small.json()]).toEqual([201, { a: 1 }]);
  });

  test('request lines and headers over 16 KB get a problem+json 431', async () => {
    const res = await fetch(`${base}/api/v1/things/1?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  test('pages, next-auth and pass-through paths go to Next.js', async () => {
    for (const path of ['/', '/concerts/x', '/api/auth/session', '/api/v1/openapi.json']) {
      expect([path, await (await fetch(`${base}${path}`)).text()]).toEqual([path, 'next.js']);
    }
  });
});
