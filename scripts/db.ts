/**
 * npm run db:migrate | db:seed | db:reset, against DATABASE_URL or the embedded PostgreSQL in
 * DATA_DIR.
 */
import { existsSync } from 'node:fs';
import { parseEnv } from '@/lib/config/env';
import { createDb } from '@/lib/db/client';
import { seedDemoData } from '@/prisma/seed';
import { prepareDatabase } from './prepare-database';

if (existsSync('.env')) process.loadEnvFile('.env');
const command = process.argv[2];
const config = parseEnv();
const log = (line: string) => console.log(`[db] ${line}`);

if (command === 'reset') {
  // Drop everything first, then migrate from scratch below.
  const { url, stop } = await prepareDatabase(config, () => {});
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
  await stop();
  log('dropped every table');
}

const database = await prepareDatabase(config, log);
try {
  if (command === 'seed' || command === 'reset') {
    const db = createDb(database.url, 2);
    await seedDemoData(db, { now: new Date(), activeLimit: config.QUEUE_ACTIVE_LIMIT });
    await db.$disconnect();
    log('demo data added');
  }
} finally {
  await database.stop();
}
