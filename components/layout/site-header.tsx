import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { UserView } from '@/lib/schemas/accounts';
import { smallButtonClass } from '@/components/ui/button';
import { PreferenceSwitchers, type Preferences } from './preference-switchers';

// At least 24 px tall (WCAG 2.5.8 target size), so wrapped rows on a phone stay tappable apart.
const navLinkClass = 'inline-flex min-h-6 items-center hover:underline';

/** The top bar. The layout (app/layout.tsx) reads the session and the preferences and passes them in. */
export function SiteHeader({ user, preferences }: { user: UserView | null; preferences: Preferences }) {
  const t = useTranslations('layout');
  return (
    <header className="border-b border-line bg-surface">
      <nav aria-label={t('mainNav')} className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-accent-fg">
          {t('brand')}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {user ? (
            <>
              <Link href="/tickets" className={navLinkClass}>
                {t('myTickets')}
              </Link>
              <Link href="/wallet" className={navLinkClass}>
                {t('wallet')}
              </Link>
              {user.role === 'ADMIN' && (
                <Link href="/admin" className={navLinkClass}>
                  {t('admin')}
                </Link>
              )}
              <span aria-label={t('signedInAs')} className="font-medium" data-testid="signed-in-user">
                {user.name}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className={navLinkClass}>
                {t('signIn')}
              </Link>
              <Link href="/signup" className={smallButtonClass.primary}>
                {t('signUp')}
              </Link>
            </>
          )}
          <PreferenceSwitchers preferences={preferences} signedIn={user !== null} />
        </div>
      </nav>
    </header>
  );
}
