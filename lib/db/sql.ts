import { createHash } from 'node:crypto';
import type pg from 'pg';
import { poolOf, type Db, type Tx } from './client';

/**
 * Plain SQL statements, in a transaction or not. The hot writes (a hold, a charge, a payment)
 * and the reads around them run over pg through this: there a statement costs a fraction of the
 * client CPU it costs through Prisma, and a purchase sends dozens (bench/README.md). Same
 * connections as Prisma's (`poolOf`), so no second pool to size.
 *
 * Values are always parameters ($1, $2, ...), never text pasted into the statement.
 */
export interface Sql {
  /** The rows the statement returns (write `RETURNING` to learn what an UPDATE changed). */
  query<R extends object>(text: string, values?: unknown[]): Promise<R[]>;
}

/** Statements outside any transaction: each one commits by itself. */
export function sql(db: Db): Sql {
  const pool = poolOf(db);
  return {
    query: async <R extends object>(text: string, values?: unknown[]) => (await pool.query<R>(prepared(text, values))).rows,
  };
}

const names = new Map<string, string>();
// Statement texts are constants of the code, a few dozen; past this many something builds them
// from data, and those go unnamed rather than pile up on every connection.
const MAX_PREPARED = 500;

/**
 * A statement as pg sends it, named after its text: each connection parses and plans a named
 * statement once and then only binds values, where an unnamed one is parsed and planned on every
 * call. For a statement with subqueries that is most of PostgreSQL's work (0.25 against 0.035 ms
 * of its CPU for the hold's facts, measured here). The name is a hash of the text, so every copy
 * of this module (Next.js bundles modules more than once, and the copies share the process's
 * pool, lib/db/client.ts) gives one text the same name, and two texts two names. A statement's
 * answer should name its columns (no `SELECT *`): a prepared `SELECT *` fails once a migration
 * adds a column under a running process.
 */
export function prepared(text: string, values?: unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `encore_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name === undefined ? { text, values } : { name, text, values };
}

/**
 * Runs `work` in one READ COMMITTED transaction on one connection: committed if it returns,
 * rolled back if it throws (and the error thrown on). A connection whose rollback fails is
 * closed rather than handed to the next request in an unknown state.
 */
export async function transaction<T>(db: Db, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(clientSql(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

function clientSql(client: pg.PoolClient): Sql {
  return {
    query: async <R extends object>(text: string, values?: unknown[]) => (await client.query<R>(prepared(text, values))).rows,
  };
}

/**
 * The same statements inside a Prisma transaction, for the few writes still made with Prisma
 * (a refund) that share a step with the pg ones (claiming an Idempotency-Key).
 */
export function prismaSql(tx: Tx): Sql {
  return { query: <R extends object>(text: string, values: unknown[] = []) => tx.$queryRawUnsafe<R[]>(text, ...values) };
}

/** PostgreSQL's unique_violation: the statement would have broken a unique index. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';
