import { describe, expect, test } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import { findNul, jsonDepthExceeds, MAX_JSON_DEPTH, readJsonBody } from './read-json-body';

const request = (text: string) =>
  new Request('http://encore.test/api/v1/x', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });

async function refusal(text: string): Promise<DomainError> {
  const error = await readJsonBody(request(text)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('nesting depth', () => {
  test('the limit is 32 levels', () => {
    expect(MAX_JSON_DEPTH).toBe(32);
  });

  test('exactly MAX_JSON_DEPTH levels are read; one more is VALIDATION_FAILED', async () => {
    expect(await readJsonBody(request(nested(MAX_JSON_DEPTH)))).toBeInstanceOf(Array);
    const objects = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);
    expect(await readJsonBody(request(objects(MAX_JSON_DEPTH)))).toBeInstanceOf(Object);
    for (const text of [nested(MAX_JSON_DEPTH + 1), objects(MAX_JSON_DEPTH + 1), nested(5_000)]) {
      const error = await refusal(text);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.extra.errors).toEqual([{ path: '', message: expect.stringMatching(/nested/i) }]);
    }
  });

  test('brackets inside strings, escaped quotes and backslashes do not count', () => {
    const deepText = JSON.stringify({ s: '['.repeat(100) + '{'.repeat(100) });
    expect(jsonDepthExceeds(deepText, MAX_JSON_DEPTH)).toBe(false);
    // An escaped quote does not end the string, so the brackets after it are still text.
    expect(jsonDepthExceeds(JSON.stringify({ s: '"' + '['.repeat(100) }), MAX_JSON_DEPTH)).toBe(false);
    // An escaped backslash does end before the quote: the brackets after that quote are real.
    const afterBackslash = `{"s":"\\\\","a":[${nested(MAX_JSON_DEPTH)}]}`;
    expect(jsonDepthExceeds(afterBackslash, MAX_JSON_DEPTH)).toBe(true);
    expect(jsonDepthExceeds(nested(3), 3)).toBe(false);
    expect(jsonDepthExceeds(nested(4), 3)).toBe(true);
    // Siblings do not add up: depth is how deep, not how many.
    expect(jsonDepthExceeds(`[${Array(1000).fill('[[]]').join(',')}]`, 3)).toBe(false);
  });

  test('the scan is linear: a 60 KB body of brackets is refused quickly', async () => {
    const started = performance.now();
    const error = await refusal(nested(30_000));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('NUL characters', () => {
  test('a NUL in any string is VALIDATION_FAILED naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ name: 'a\u0000b' }, 'name'],
      [{ schedules: [{ at: 'x' }, { at: '\u0000' }] }, 'schedules.1.at'],
      [['ok', 'no\u0000'], '1'],
      ['\u0000', ''],
    ];
    for (const [body, path] of cases) {
      const error = await refusal(JSON.stringify(body));
      expect(error.code, path).toBe('VALIDATION_FAILED');
      expect(error.extra.errors, path).toEqual([{ path, message: expect.stringMatching(/NUL|null character/i) }]);
    }
  });

  test('a NUL in a key is refused too', async () => {
    const error = await refusal('{"a\\u0000b":1}');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.extra.errors?.[0].path).toBe('a\\u0000b');
  });

  test('other control characters and text that only looks like an escape are fine', async () => {
    expect(await readJsonBody(request(JSON.stringify({ name: 'tab\there \\u0000 literally' })))).toEqual({
      name: 'tab\there \\u0000 literally',
    });
    expect(findNul({ a: [1, true, null, { b: 'x' }] })).toBeNull();
  });
});
