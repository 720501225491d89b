import { describe, expect, test } from 'vitest';
import { assertSameOrigin } from './same-origin';

const request = (method: string, headers: Record<string, string>) =>
  new Request('http://shop.example/api/v1/wallet/charges', { method, headers: { host: 'shop.example', ...headers } });

describe('cross-site writes', () => {
  test('are refused when the Origin is another site, or the browser says cross-site', () => {
    expect(() => assertSameOrigin(request('POST', { origin: 'https://evil.example' }))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertSameOrigin(request('DELETE', { 'sec-fetch-site': 'cross-site' }))).toThrow();
    expect(() => assertSameOrigin(request('PATCH', { origin: 'null' }))).toThrow();
  });

  test('pass from the same origin, from scripts without an Origin, and for reads', () => {
    expect(() => assertSameOrigin(request('POST', { origin: 'http://shop.example' }))).not.toThrow();
    expect(() => assertSameOrigin(request('POST', {}))).not.toThrow();
    expect(() => assertSameOrigin(request('GET', { origin: 'https://evil.example' }))).not.toThrow();
  });
});
