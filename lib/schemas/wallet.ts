import { z } from 'zod';

/** The most one charge may add (docs/api.md, "Wallet"). */
export const MAX_CHARGE = 1_000_000;

export const ChargeBody = z.object({
  amount: z
    .number('Expected an amount in won')
    .int('An amount is a whole number of won')
    .min(1, 'Charge at least 1 won')
    .max(MAX_CHARGE, `Charge at most ${MAX_CHARGE.toLocaleString('en-US')} won at once`),
});
export type ChargeBody = z.infer<typeof ChargeBody>;

export const TransactionsQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'limit is a whole number from 1 to 100')
    .transform(Number)
    .pipe(z.number().min(1, 'limit is at least 1').max(100, 'limit is at most 100'))
    .default(20),
  cursor: z.string().min(1, 'cursor is empty').max(200, 'This is not a cursor this server issued').optional(),
});
export type TransactionsQuery = z.infer<typeof TransactionsQuery>;

/** GET /api/v1/wallet: what the user can spend, in won. */
export const WalletBalance = z.strictObject({ balance: z.int().min(0) });

/** The Transaction of docs/api.md, "Wallet": amount is always positive, type says which way. */
export const Transaction = z.strictObject({
  id: z.uuid(),
  type: z.enum(['CHARGE', 'PAYMENT', 'REFUND']),
  amount: z.int().min(1),
  balanceAfter: z.int().min(0),
  paymentId: z
    .uuid()
    .nullable()
    .describe('The payment behind the row (GET /api/v1/payments/{id}): the one it paid, or the one a REFUND gives back part of'),
  createdAt: z.iso.datetime(),
});

/** POST /api/v1/wallet/charges. */
export const ChargeResult = z.strictObject({ balance: z.int().min(0), transaction: Transaction });

/** GET /api/v1/wallet/transactions: newest first. */
export const TransactionPage = z.strictObject({
  items: z.array(Transaction),
  nextCursor: z.string().nullable().describe('Pass it as cursor for the next page; null on the last page'),
});
