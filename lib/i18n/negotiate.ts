import { DEFAULT_LOCALE, Locale, Theme } from '@/lib/schemas/preferences';

/**
 * The language an Accept-Language header asks for, among ours: the highest-weighted range whose
 * primary subtag we have ("ko-KR" → ko, "en-US" → en); a `*` takes the default. Korean when
 * nothing matches or the header is absent (Encore sells concerts in Korea).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.primary && range.weight > 0)
    // Equal weights keep the header's order.
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { primary } of ranges) {
    if (primary === '*') return DEFAULT_LOCALE;
    const match = Locale.safeParse(primary);
    if (match.success) return match.data;
  }
  return DEFAULT_LOCALE;
}

interface Choices {
  /** What the signed-in fan chose on their account, or null (signed out, or never chosen). */
  account: string | null | undefined;
  /** The switcher's cookie on this browser. */
  cookie: string | null | undefined;
}

/**
 * The page's language: the account's choice (it follows the fan to every device), else this
 * browser's cookie, else Accept-Language, else Korean. An unknown stored value counts as none.
 */
export function chooseLocale({ account, cookie, acceptLanguage }: Choices & { acceptLanguage: string | null }): Locale {
  for (const choice of [account, cookie]) {
    const parsed = Locale.safeParse(choice);
    if (parsed.success) return parsed.data;
  }
  return negotiateLocale(acceptLanguage);
}

/** The page's theme, chosen the same way; 'system' (prefers-color-scheme) when nothing is chosen. */
export function chooseTheme({ account, cookie }: Choices): Theme {
  for (const choice of [account, cookie]) {
    const parsed = Theme.safeParse(choice);
    if (parsed.success) return parsed.data;
  }
  return 'system';
}
