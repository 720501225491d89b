import { getRequestConfig } from 'next-intl/server';
import { MESSAGES } from './catalogs';
import { pagePreferences } from './preferences';

/**
 * next-intl's request configuration (next.config.js points its plugin here). No locale in the
 * URL (decision 009): the language comes from the account, the cookie or Accept-Language.
 */
export default getRequestConfig(async () => {
  const { locale } = await pagePreferences();
  // Every time on the pages is a time in Seoul, whatever the server's or the browser's zone.
  return { locale, messages: MESSAGES[locale], timeZone: 'Asia/Seoul' };
});
