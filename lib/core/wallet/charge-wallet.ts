import { DomainError } from '@/lib/core/errors';
import { claimKey, storeResponse, type IdempotencyContext } from '@/lib/core/idempotency/idempotency';
import type { Db } from '@/lib/db/client';
import { sql, transaction, type Sql } from '@/lib/db/sql';
import { toTransactionView, type TransactionRow, type TransactionView } from './transaction-view';

/**
 * The most a wallet may hold: 100,000,000 won. Far below the 32-bit balance column's limit, so
 * no sum of charges and refunds can overflow it (docs/decisions/004-wallet-ledger-cap-and-cursors.md).
 */
export const MAX_BALANCE = 100_000_000;

export interface ChargeWalletInput {
  userId: string;
  /** Whole won, 1..MAX_CHARGE (checked at the edge). */
  amount: number;
  idempotency: IdempotencyContext | null;
}

export interface ChargeResult {
  balance: number;
  transaction: TransactionView;
}

/**
 * Adds money to the wallet and writes its CHARGE row, in one statement (and one transaction
 * with the Idempotency-Key's claim and answer when there is a key). The balance moves in one
 * conditional UPDATE (no read-then-write), so concurrent charges all count; its WHERE clause
 * keeps the balance within MAX_BALANCE. The row lock it takes is held until commit, which keeps
 * one user's ledger rows in seq order (see listTransactions).
 */
export async function chargeWallet(db: Db, input: ChargeWalletInput, now: Date): Promise<ChargeResult> {
  const { idempotency } = input;
  if (!idempotency) return charge(sql(db), input, now);
  return transaction(db, async (tx) => {
    await claimKey(tx, idempotency, now);
    const result = await charge(tx, input, now);
    await storeResponse(tx, idempotency, { status: 201, body: result });
    return result;
  });
}

async function charge(sql: Sql, input: ChargeWalletInput, now: Date): Promise<ChargeResult> {
  const [row] = await sql.query<TransactionRow>(
    `WITH charged AS (
       UPDATE "User" SET balance = balance + $1 WHERE id = $2::uuid AND balance <= $3 RETURNING id, balance)
     INSERT INTO "WalletTransaction" ("userId", type, amount, "balanceAfter", "createdAt")
     SELECT id, 'CHARGE', $1, balance, $4 FROM charged
     RETURNING id::text, type::text, amount, "balanceAfter", "paymentId"::text, "createdAt"`,
    [input.amount, input.userId, MAX_BALANCE - input.amount, now],
  );
  if (row) return { balance: row.balanceAfter, transaction: toTransactionView(row) };

  const [user] = await sql.query<{ balance: number }>(`SELECT balance FROM "User" WHERE id = $1::uuid`, [input.userId]);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  const room = MAX_BALANCE - user.balance;
  const message = `A wallet holds at most ${won(MAX_BALANCE)}: you can add up to ${won(room)} now`;
  throw new DomainError('VALIDATION_FAILED', `amount: ${message}`, { errors: [{ path: 'amount', message }] });
}

const won = (amount: number) => `${amount.toLocaleString('en-US')} won`;
