import { z } from 'zod';
import { UserView } from './accounts';

/** The languages of the pages, Korean first: it is the default when nothing else decides. */
export const LOCALES = ['ko', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;
export const DEFAULT_LOCALE: Locale = 'ko';

/** 'system' follows the device's prefers-color-scheme. */
export const THEMES = ['light', 'dark', 'system'] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/** Cookies that remember the header switchers' choices on this browser (docs/i18n.md). */
export const LOCALE_COOKIE = 'encore-locale';
export const THEME_COOKIE = 'encore-theme';
/** A year: a choice is kept until changed. */
export const PREFERENCE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** PATCH /api/v1/me: the account's language, theme, or both. */
export const UpdatePreferencesBody = z
  .object({ locale: Locale.optional(), theme: Theme.optional() })
  .refine((body) => body.locale !== undefined || body.theme !== undefined, { message: 'Give locale, theme, or both' });
export type UpdatePreferencesBody = z.infer<typeof UpdatePreferencesBody>;

/** GET and PATCH /api/v1/me: the User plus the preferences kept on the account (null: never chosen). */
export const MeView = UserView.extend({
  locale: Locale.nullable().describe('The language chosen with the header switcher; null: never chosen'),
  theme: Theme.nullable().describe('The colour theme chosen with the header switcher; null: never chosen'),
});
export type MeView = z.infer<typeof MeView>;
