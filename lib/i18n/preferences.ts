// Server components only (next/headers): the API never loads it (ARCHITECTURE.md, "server-only").
import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { currentUser } from '@/lib/auth/current-user';
import { getSessionUser } from '@/lib/auth/page-session';
import { LOCALE_COOKIE, THEME_COOKIE, type Locale, type Theme } from '@/lib/schemas/preferences';
import { chooseLocale, chooseTheme } from './negotiate';

export interface PagePreferences {
  locale: Locale;
  theme: Theme;
  /** Whether a signed-in fan's switcher changes go to the account too. */
  signedIn: boolean;
}

/**
 * The language and theme of the page being rendered (docs/i18n.md): the account's choice for a
 * signed-in fan, else the switcher's cookie, else Accept-Language (language) or the device
 * (theme). Once per request: the layout and next-intl's request config both ask.
 */
export const pagePreferences = cache(async (): Promise<PagePreferences> => {
  const [jar, head, user] = await Promise.all([cookies(), headers(), getSessionUser()]);
  // One primary-key read per signed-in page view; the account is the choice that travels.
  const account = user ? await currentUser(user) : null;
  return {
    locale: chooseLocale({
      account: account?.locale,
      cookie: jar.get(LOCALE_COOKIE)?.value,
      acceptLanguage: head.get('accept-language'),
    }),
    theme: chooseTheme({ account: account?.theme, cookie: jar.get(THEME_COOKIE)?.value }),
    signedIn: user !== null,
  };
});
