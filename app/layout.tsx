import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import localFont from 'next/font/local';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Providers } from '@/components/providers';
import { SiteHeader } from '@/components/layout/site-header';
import { getSessionUser } from '@/lib/auth/page-session';
import { pagePreferences } from '@/lib/i18n/preferences';
import './globals.css';

const inter = localFont({ src: './inter-latin-wght-normal.woff2', variable: '--font-inter', display: 'swap' });

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: t('titleTemplate') }, description: t('description') };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#4f46e5' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Read here, not in the header: components get data as props or through lib/query.
  const [user, { locale, theme }] = await Promise.all([getSessionUser(), pagePreferences()]);
  const t = await getTranslations('layout');
  return (
    // data-theme comes from the server (the account or the cookie), so the first paint is in the
    // right theme; without it ("system") the CSS follows prefers-color-scheme (app/globals.css).
    <html lang={locale} data-theme={theme === 'system' ? undefined : theme} className={inter.variable}>
      <body className="min-h-screen bg-page font-sans text-fg antialiased">
        <NextIntlClientProvider>
          <Providers>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
            >
              {t('skipToContent')}
            </a>
            <SiteHeader user={user} preferences={{ locale, theme }} />
            <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
              {children}
            </main>
            <footer className="mx-auto w-full max-w-6xl px-4 pb-8 text-sm text-fg-muted">
              <Link href="/docs/api" className="hover:underline">
                {t('apiReference')}
              </Link>
            </footer>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
