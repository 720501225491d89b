import { describe, expect, test } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

// What Prisma (driver adapter) throws for a query sent while PostgreSQL replays its WAL after a
// kill -9: P2010, with PostgreSQL's 57P03 only in the message and in meta.
const duringRecovery = Object.assign(
  new Error(
    '\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `57P03`. Message: `the database system is not yet accepting connections`',
  ),
  { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', originalCode: '57P03' } } } },
);

describe('isDatabaseUnavailable', () => {
  test('a query refused during crash recovery is the database being unavailable', () => {
    expect(isDatabaseUnavailable(duringRecovery)).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('Raw query failed'), { code: 'P2010', meta: duringRecovery.meta })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('the database system is not accepting connections'))).toBe(true);
  });

  test('a transaction that cannot start because every connection is busy is too (overloaded, not broken)', () => {
    const busy = Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
      code: 'P2028',
    });
    expect(isDatabaseUnavailable(busy)).toBe(true);
  });

  test('a failed query for another reason is not', () => {
    const syntax = Object.assign(new Error('Raw query failed. Code: `42601`. Message: `syntax error`'), {
      code: 'P2010',
      meta: { driverAdapterError: { cause: { kind: 'postgres', originalCode: '42601' } } },
    });
    expect(isDatabaseUnavailable(syntax)).toBe(false);
  });
});
