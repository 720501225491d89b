import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import localFont from 'next/font/local';
import { Providers } from '@/components/providers';
import { SiteHeader } from '@/components/layout/site-header';
import { getSessionUser } from '@/lib/auth/page-session';
import './globals.css';

const inter = localFont({ src: './inter-latin-wght-normal.woff2', variable: '--font-inter', display: 'swap' });

export const metadata: Metadata = {
  title: { default: 'Encore — concert tickets, fairly', template: '%s · Encore' },
  description: 'Concert tickets with a fair virtual waiting room.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#4f46e5' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Read here, not in the header: components get data as props or through lib/query.
  const user = await getSessionUser();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <Providers>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            Skip to content
          </a>
          <SiteHeader user={user} />
          <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer className="mx-auto w-full max-w-6xl px-4 pb-8 text-sm text-slate-600">
            <Link href="/docs/api" className="hover:underline">
              API reference
            </Link>
          </footer>
        </Providers>
      </body>
    </html>
  );
}
