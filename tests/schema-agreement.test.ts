/**
 * Prisma's migrate engine cannot run here, so nothing else diffs schema.prisma against the
 * migrated database: this test does, model by model and column by column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openTestDb } from '@/lib/testing/test-db';

const db = openTestDb(2);
const schema = readFileSync(path.resolve(import.meta.dirname, '..', 'prisma', 'schema.prisma'), 'utf8');

const SCALARS: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp without time zone',
  Json: 'jsonb',
};
const NATIVE: Record<string, string> = { Uuid: 'uuid', Timestamptz: 'timestamp with time zone', Json: 'json' };

interface Field {
  name: string;
  type: string;
  nullable: boolean;
}

function parseSchema() {
  const enums = new Map<string, string[]>();
  for (const [, name, body] of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums.set(
      name,
      body
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('//')),
    );
  }
  const models = new Map<string, Field[]>();
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    const fields: Field[] = [];
    for (const line of body.split('\n').map((l) => l.trim())) {
      const match = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!match || line.startsWith('@@') || line.startsWith('//')) continue;
      const [, field, type, list, optional, rest] = match;
      if (list || rest.includes('@relation')) continue; // relations have no column
      const isModel = new RegExp(`^model ${type} \\{`, 'm').test(schema);
      if (isModel) continue;
      const native = /@db\.(\w+)/.exec(rest)?.[1];
      const sqlType = native ? NATIVE[native] : enums.has(type) ? `enum:${type}` : SCALARS[type];
      fields.push({ name: field, type: sqlType, nullable: Boolean(optional) });
    }
    models.set(name, fields);
  }
  return { enums, models };
}

describe('schema.prisma and the migrated database', () => {
  const { enums, models } = parseSchema();

  test('have the same tables', async () => {
    const rows = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    expect(rows.map((r) => r.table_name).sort()).toEqual([...models.keys()].sort());
  });

  test('have the same columns, types and nullability in every table', async () => {
    const rows = await db.$queryRaw<
      { table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }[]
    >`SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`;
    for (const [model, fields] of models) {
      const columns = rows.filter((r) => r.table_name === model);
      const actual = columns
        .map((c) => ({
          name: c.column_name,
          type: c.data_type === 'USER-DEFINED' ? `enum:${c.udt_name}` : c.data_type,
          nullable: c.is_nullable === 'YES',
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const expected = [...fields].sort((a, b) => a.name.localeCompare(b.name));
      expect(actual, `table ${model}`).toEqual(expected);
    }
  });

  test('have the same enums with the same values', async () => {
    const rows = await db.$queryRaw<{ typname: string; labels: string[] }[]>`
      SELECT t.typname::text AS typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
    expect(Object.fromEntries(rows.map((r) => [r.typname, r.labels]))).toEqual(Object.fromEntries(enums));
  });

  test('every migration is recorded as Prisma records it', async () => {
    const rows = await db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });
});
