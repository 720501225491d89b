import type { ApiRequest } from './api-request';
import { DomainError } from '@/lib/core/errors';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses a write that a browser sent from another site (CSRF): the session cookie would ride
 * along. Browsers always send Origin on such requests; scripts and curl send none and pass.
 */
export function assertSameOrigin(req: ApiRequest): void {
  if (!UNSAFE_METHODS.has(req.method)) return;
  const refuse = () => {
    throw new DomainError('FORBIDDEN', 'Cross-site requests are not accepted');
  };
  if (req.headers.get('sec-fetch-site') === 'cross-site') refuse();
  const origin = req.headers.get('origin');
  if (origin === null) return;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    refuse();
  }
  if (!host || originHost !== host) refuse();
}
