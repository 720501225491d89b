import { describe, expect, test } from 'vitest';
import { ERROR_CODES } from '@/lib/core/errors';
import en from '@/lib/i18n/messages/en.json';
import ko from '@/lib/i18n/messages/ko.json';
import { ApiError } from './api-fetch';
import { errorKey, isRetryable, SENTENCE_CODES } from './errors';

describe('error sentences', () => {
  test('every error code of docs/api.md has its own sentence, in both languages', () => {
    const keys = ERROR_CODES.map((code) => errorKey(new ApiError(400, code, 'detail for developers')));
    expect(keys).toEqual([...ERROR_CODES]);
    for (const catalog of [ko.errors, en.errors] as Record<string, string>[]) {
      const sentences = ERROR_CODES.map((code) => catalog[code]);
      expect(sentences.every(Boolean)).toBe(true);
      expect(new Set(sentences).size).toBe(ERROR_CODES.length);
    }
    expect(Object.keys(ko.errors).sort()).toEqual([...SENTENCE_CODES, 'UNKNOWN'].sort());
  });

  test('a lost connection and an unknown code still get a sentence', () => {
    expect(errorKey(new ApiError(0, 'NETWORK', ''))).toBe('NETWORK');
    expect(en.errors.NETWORK).toMatch(/connection/);
    expect(ko.errors.NETWORK).toMatch(/연결/);
    expect(errorKey(new ApiError(418, 'TEAPOT', ''))).toBe('UNKNOWN');
    expect(errorKey(new Error('boom'))).toBe('UNKNOWN');
  });

  test('only a lost connection or a server fault is retried with the same request', () => {
    expect(isRetryable(new ApiError(0, 'NETWORK', ''))).toBe(true);
    expect(isRetryable(new ApiError(500, 'INTERNAL', ''))).toBe(true);
    expect(isRetryable(new ApiError(402, 'INSUFFICIENT_BALANCE', ''))).toBe(false);
    expect(isRetryable(new ApiError(410, 'RESERVATION_EXPIRED', ''))).toBe(false);
  });
});
