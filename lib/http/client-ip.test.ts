import { describe, expect, test } from 'vitest';
import { clientAddress } from './client-ip';

describe('the client address', () => {
  test('is the socket peer unless proxies are trusted: a client-written X-Forwarded-For proves nothing', () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4', 0)).toBe('10.0.0.5');
    expect(clientAddress('::ffff:10.0.0.5', undefined, 0)).toBe('10.0.0.5');
  });

  test('behind N trusted proxies it is the N-th address from the right, whatever the client prepended', () => {
    // The client forged "6.6.6.6"; the one proxy appended what it saw.
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
  });

  test('with fewer hops than trusted proxies, the socket peer is used', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.9', 3)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '', 1)).toBe('10.0.0.2');
  });
});
