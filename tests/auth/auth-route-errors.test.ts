/**
 * next-auth's own route answers refusals as problem+json like the rest of /api/ (docs/api.md,
 * "Errors"): never a 500 for a client's mistake, never an empty, plain-text or
 * HTML error.
 */
import { describe, expect, test } from 'vitest';
import { callAuth, CookieJar, csrfToken, setAuthEnvironment } from './auth-route-harness';

setAuthEnvironment();

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = await response.json();
  expect(body).toMatchObject({ type: 'about:blank', status, code });
  return body;
}

describe('the next-auth route', () => {
  test('a credentials sign-in with malformed JSON is refused 400, not 500', async () => {
    const jar = new CookieJar();
    await csrfToken(jar);
    await expectProblem(
      await callAuth('POST', 'callback/credentials', { jar, rawBody: '{', contentType: 'application/json' }),
      400,
      'VALIDATION_FAILED',
    );
    // A JSON content type with nothing in the body is no better.
    await expectProblem(
      await callAuth('POST', 'callback/credentials', { jar, rawBody: ' ', contentType: 'application/json; charset=utf-8' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  test('GET on the credentials callback is 405 with Allow: POST', async () => {
    const response = await callAuth('GET', 'callback/credentials');
    await expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
    expect(response.headers.get('allow')).toBe('POST');
  });

  test('an action next-auth does not take by that method is 405; an unknown one or provider, 404', async () => {
    const csrf = await callAuth('POST', 'csrf', { form: { a: 'b' } });
    await expectProblem(csrf, 405, 'METHOD_NOT_ALLOWED');
    expect(csrf.headers.get('allow')).toBe('GET');
    await expectProblem(await callAuth('GET', 'no-such-action'), 404, 'NOT_FOUND');
    await expectProblem(await callAuth('GET', 'callback/no-such-provider'), 404, 'NOT_FOUND');
    await expectProblem(await callAuth('POST', 'callback/no-such-provider', { form: { a: 'b' } }), 404, 'NOT_FOUND');
    const put = await callAuth('PUT', 'session');
    await expectProblem(put, 405, 'METHOD_NOT_ALLOWED');
    expect(put.headers.get('allow')).toBe('GET, POST');
  });

  test("next-auth's own HTML error pages come back as problem+json", async () => {
    await expectProblem(await callAuth('GET', 'error?error=AccessDenied'), 403, 'FORBIDDEN');
  });

  test('what next-auth answers well is left alone', async () => {
    const jar = new CookieJar();
    expect(await csrfToken(jar)).toMatch(/^[0-9a-f]{64}$/);
    const session = await callAuth('GET', 'session', { jar });
    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({});
    const providers = await callAuth('GET', 'providers');
    expect(await providers.json()).toMatchObject({ credentials: { id: 'credentials', type: 'credentials' } });
  });
});
