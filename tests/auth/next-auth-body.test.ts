/**
 * The sign-in limits count by the body as nextAuthBody reads it; next-auth checks the password
 * of the body as its own getBody reads it. They must agree on every body, or the limits can be
 * stepped around (as they were: JSON and repeated fields went uncounted). This compares them
 * on the installed next-auth, so an upgrade that reads bodies differently fails here.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { nextAuthBody, signInEmail } from '@/lib/auth/sign-in-attempt';

// Not exported by the package (its exports map has no ./next/utils): loaded by its file.
const require = createRequire(import.meta.url);
const nextAuthUtils = require(path.resolve(import.meta.dirname, '../../node_modules/next-auth/next/utils.js')) as {
  getBody: (req: Request) => Promise<unknown>;
};

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const cases: { name: string; method?: string; type?: string; body?: string }[] = [
  { name: 'a form', type: FORM, body: 'csrfToken=t&email=Fan%40Test.encore&password=x' },
  { name: 'a form with email twice', type: FORM, body: 'email=a%40x.test&email=b%40x.test&password=x' },
  { name: 'a form with a charset', type: `${FORM}; charset=UTF-8`, body: 'email=c%40x.test' },
  { name: 'JSON', type: JSON_TYPE, body: '{"email":"d@x.test","password":"x"}' },
  { name: 'JSON with email twice', type: JSON_TYPE, body: '{"email":"e@x.test","email":"f@x.test"}' },
  { name: 'JSON with a charset', type: 'application/json; charset=utf-8', body: '{"email":"g@x.test"}' },
  { name: 'JSON that is an array', type: JSON_TYPE, body: '[{"email":"h@x.test"}]' },
  { name: 'JSON that is a string', type: JSON_TYPE, body: '"i@x.test"' },
  { name: 'JSON whose email is not a string', type: JSON_TYPE, body: '{"email":["j@x.test"]}' },
  { name: 'both types named, JSON first', type: `${JSON_TYPE}, ${FORM}`, body: '{"email":"k@x.test"}' },
  { name: 'both types named, form first', type: `${FORM}, ${JSON_TYPE}`, body: '{"email":"l@x.test"}' },
  { name: 'a type in capitals', type: 'Application/JSON', body: '{"email":"m@x.test"}' },
  {
    name: 'multipart',
    type: 'multipart/form-data; boundary=b',
    body: '--b\r\nContent-Disposition: form-data; name="email"\r\n\r\nn@x.test\r\n--b--',
  },
  { name: 'plain text', type: 'text/plain', body: 'email=o@x.test' },
  { name: 'no content type', body: 'email=p@x.test' },
  { name: 'no body', type: FORM },
  { name: 'a PUT', method: 'PUT', type: FORM, body: 'email=q@x.test' },
];

const request = (c: (typeof cases)[number]) =>
  new Request('http://encore.test/api/auth/callback/credentials', {
    method: c.method ?? 'POST',
    headers: c.type ? { 'content-type': c.type } : {},
    body: c.body,
  });

describe('the credentials body, as the limits read it and as next-auth does', () => {
  test.each(cases)('agree on $name', async (c) => {
    const ours = await nextAuthBody(request(c));
    const theirs = await nextAuthUtils.getBody(request(c));
    expect(ours).toEqual(theirs);
  });

  test('both refuse malformed JSON', async () => {
    const bad = { name: 'malformed', type: JSON_TYPE, body: '{' };
    await expect(nextAuthUtils.getBody(request(bad))).rejects.toThrow();
    await expect(nextAuthBody(request(bad))).rejects.toThrow();
  });

  test('the email is the one authorize looks up', () => {
    expect(signInEmail({ email: '  Fan@Test.Encore ' })).toBe('fan@test.encore');
    expect(signInEmail({ email: ['a@x.test'] })).toBeNull();
    expect(signInEmail({ email: '   ' })).toBeNull();
    expect(signInEmail('a@x.test')).toBeNull();
    expect(signInEmail(undefined)).toBeNull();
  });
});
