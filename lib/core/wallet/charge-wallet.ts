import { DomainError } from '@/lib/core/errors';
import { claimKey, storeResponse, type IdempotencyContext } from '@/lib/core/idempotency/idempotency';
import type { Db } from '@/lib/db/client';
import { toTransactionView, type TransactionView } from './transaction-view';

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
 * Adds money to the wallet and writes its CHARGE row, in one transaction. The balance moves in
 * one conditional UPDATE (no read-then-write), so concurrent charges all count; its WHERE
 * clause keeps the balance within MAX_BALANCE. The row lock it takes is held until commit,
 * which keeps one user's ledger rows in seq order (see listTransactions).
 */
export async function chargeWallet(db: Db, input: ChargeWalletInput, now: Date): Promise<ChargeResult> {
  return db.$transaction(async (tx) => {
    if (input.idempotency) await claimKey(tx, input.idempotency, now);
    const [charged] = await tx.$queryRaw<{ balance: number }[]>`
      UPDATE "User" SET balance = balance + ${input.amount}
      WHERE id = ${input.userId}::uuid AND balance <= ${MAX_BALANCE - input.amount}
      RETURNING balance`;
    if (!charged) {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { balance: true } });
      if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
      const room = MAX_BALANCE - user.balance;
      const message = `A wallet holds at most ${won(MAX_BALANCE)}: you can add up to ${won(room)} now`;
      throw new DomainError('VALIDATION_FAILED', `amount: ${message}`, { errors: [{ path: 'amount', message }] });
    }
    const row = await tx.walletTransaction.create({
      data: { userId: input.userId, type: 'CHARGE', amount: input.amount, balanceAfter: charged.balance, createdAt: now },
    });
    const result: ChargeResult = { balance: charged.balance, transaction: toTransactionView(row) };
    if (input.idempotency) await storeResponse(tx, input.idempotency, { status: 201, body: result });
    return result;
  });
}

const won = (amount: number) => `${amount.toLocaleString('en-US')} won`;
