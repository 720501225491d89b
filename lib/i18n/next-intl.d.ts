import type { Locale } from '@/lib/schemas/preferences';
import type ko from './messages/ko.json';

// Typed keys: `t('no.such.key')` is a type error, so `npm run typecheck` refuses a key that the
// Korean catalog (the source) lacks; tests/i18n/catalogs.test.ts holds English to the same keys.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof ko;
  }
}
