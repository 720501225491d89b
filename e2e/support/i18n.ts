import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/messages/en.json' with { type: 'json' };
import ko from '@/lib/i18n/messages/ko.json' with { type: 'json' };
import { formatters } from '@/lib/format/format';

/**
 * The app's own words, for specs that run in each language: a browser locale that makes the
 * server answer in that language (Accept-Language), a translator over the same catalogs the
 * pages use, and the pages' formatters. A spec written with `t` checks the wiring (the right
 * key, in the right place, in the language asked for), the catalog tests check the words.
 */
export const LANGUAGES = {
  en: { locale: 'en-US', messages: en },
  ko: { locale: 'ko-KR', messages: ko },
} as const;
export type Language = keyof typeof LANGUAGES;

export function inLanguage(language: Language) {
  const { messages } = LANGUAGES[language];
  return {
    t: createTranslator({ locale: language, messages, timeZone: 'Asia/Seoul' }),
    format: formatters(language),
  };
}
