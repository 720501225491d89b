import { describe, expect, test } from 'vitest';
import { chooseLocale, chooseTheme, negotiateLocale } from '@/lib/i18n/negotiate';

describe('which language a page is in', () => {
  test('Accept-Language: the best-weighted language we have, by its primary subtag', () => {
    expect(negotiateLocale('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko');
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale('en-GB')).toBe('en');
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.8,ko;q=0.5')).toBe('en');
    expect(negotiateLocale('ko;q=0.4, en;q=0.6')).toBe('en');
    expect(negotiateLocale('EN')).toBe('en');
  });

  test('Korean when nothing matches, the header is missing, malformed or refuses everything', () => {
    expect(negotiateLocale(null)).toBe('ko');
    expect(negotiateLocale('')).toBe('ko');
    expect(negotiateLocale('fr-FR,de;q=0.5')).toBe('ko');
    expect(negotiateLocale('*')).toBe('ko');
    expect(negotiateLocale('en;q=0')).toBe('ko');
    expect(negotiateLocale(';;,,q=abc')).toBe('ko');
  });

  test('the account wins over the cookie, the cookie over Accept-Language; unknown values count as none', () => {
    expect(chooseLocale({ account: 'en', cookie: 'ko', acceptLanguage: 'ko' })).toBe('en');
    expect(chooseLocale({ account: null, cookie: 'en', acceptLanguage: 'ko' })).toBe('en');
    expect(chooseLocale({ account: null, cookie: undefined, acceptLanguage: 'en-US' })).toBe('en');
    expect(chooseLocale({ account: 'xx', cookie: 'fr', acceptLanguage: null })).toBe('ko');
  });

  test('the theme: account, then cookie, then the device (system)', () => {
    expect(chooseTheme({ account: 'dark', cookie: 'light' })).toBe('dark');
    expect(chooseTheme({ account: null, cookie: 'light' })).toBe('light');
    expect(chooseTheme({ account: null, cookie: 'sepia' })).toBe('system');
    expect(chooseTheme({ account: undefined, cookie: undefined })).toBe('system');
  });
});
