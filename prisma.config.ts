import { defineConfig } from 'prisma/config';

// Prisma's CLI is used here for `generate` and `db seed` only: migrations are applied by
// scripts/db.ts (see docs/decisions/001-hand-written-migrations.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/encore' },
});
