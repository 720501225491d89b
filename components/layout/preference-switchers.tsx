'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { savePreferences } from '@/lib/query/preferences';
import {
  LOCALE_COOKIE,
  LOCALES,
  PREFERENCE_COOKIE_MAX_AGE,
  THEME_COOKIE,
  THEMES,
  type Locale,
  type Theme,
} from '@/lib/schemas/preferences';

export interface Preferences {
  locale: Locale;
  theme: Theme;
}

function remember(name: string, value: string) {
  document.cookie = `${name}=${value}; Path=/; Max-Age=${PREFERENCE_COOKIE_MAX_AGE}; SameSite=Lax`;
}

/** Shows a theme at once, before the server's next render says the same (data-theme, app/layout.tsx). */
function applyTheme(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

const selectClass = 'rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm text-fg hover:bg-surface-sunken';

/**
 * The header's language and theme switchers. A choice is kept in a cookie on this browser and,
 * signed in, on the account (PATCH /api/v1/me) so it follows the fan; the page then re-renders
 * on the server in the new language (the same URL: no /ko/ prefix, decision 009).
 */
export function PreferenceSwitchers({ preferences, signedIn }: { preferences: Preferences; signedIn: boolean }) {
  const t = useTranslations('preferences');
  const names = useTranslations('languageNames');
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [chosen, setChosen] = useState(preferences);
  const [saveFailed, setSaveFailed] = useState(false);

  function choose(change: Partial<Preferences>) {
    setChosen((current) => ({ ...current, ...change }));
    setSaveFailed(false);
    if (change.locale) remember(LOCALE_COOKIE, change.locale);
    if (change.theme) {
      remember(THEME_COOKIE, change.theme);
      applyTheme(change.theme);
    }
    startTransition(async () => {
      if (signedIn) {
        try {
          await savePreferences(change);
        } catch {
          setSaveFailed(true);
        }
      }
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2" aria-busy={pending || undefined}>
      <label htmlFor={`${id}-locale`} className="sr-only">
        {t('language')}
      </label>
      <select
        id={`${id}-locale`}
        value={chosen.locale}
        onChange={(event) => choose({ locale: event.target.value as Locale })}
        className={selectClass}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {names(locale)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`} className="sr-only">
        {t('theme')}
      </label>
      <select
        id={`${id}-theme`}
        value={chosen.theme}
        onChange={(event) => choose({ theme: event.target.value as Theme })}
        className={selectClass}
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`themes.${theme}`)}
          </option>
        ))}
      </select>
      {saveFailed && (
        <p role="status" className="text-xs text-danger-fg">
          {t('saveFailed')}
        </p>
      )}
    </div>
  );
}
