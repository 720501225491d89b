import { describe, expect, test } from 'vitest';
import { ERROR_CODES } from '@/lib/core/errors';
import { ApiError } from './api-fetch';
import { errorSentence, isRetryable } from './errors';

describe('error sentences', () => {
  const fallback = errorSentence(new Error('boom'));

  test('every error code of docs/api.md has its own plain sentence', () => {
    const sentences = ERROR_CODES.map((code) => errorSentence(new ApiError(400, code, 'detail for developers')));
    for (const sentence of sentences) expect(sentence).not.toBe(fallback);
    expect(new Set(sentences).size).toBe(ERROR_CODES.length);
  });

  test('a lost connection and an unknown code still get a sentence', () => {
    expect(errorSentence(new ApiError(0, 'NETWORK', ''))).toMatch(/connection/);
    expect(errorSentence(new ApiError(418, 'TEAPOT', ''))).toBe(fallback);
  });

  test('only a lost connection or a server fault is retried with the same request', () => {
    expect(isRetryable(new ApiError(0, 'NETWORK', ''))).toBe(true);
    expect(isRetryable(new ApiError(500, 'INTERNAL', ''))).toBe(true);
    expect(isRetryable(new ApiError(402, 'INSUFFICIENT_BALANCE', ''))).toBe(false);
    expect(isRetryable(new ApiError(410, 'RESERVATION_EXPIRED', ''))).toBe(false);
  });
});
