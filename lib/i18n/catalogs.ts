import type { Locale } from '@/lib/schemas/preferences';
import en from './messages/en.json';
import ko from './messages/ko.json';

/** The catalogs, one per language, with the same keys (tests/i18n/catalogs.test.ts). */
export const MESSAGES: Record<Locale, typeof ko> = { ko, en };
