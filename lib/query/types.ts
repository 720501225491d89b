/**
 * The shapes of docs/api.md as the pages receive them: the API's own response schemas,
 * which tests/openapi-responses.test.ts checks against real answers, so these cannot drift.
 */
import type { z } from 'zod';
import type { Reservation as ReservationSchema, Schedule as ScheduleSchema, Seat as SeatSchema } from '@/lib/schemas/booking';
import type { ConcertDetail as ConcertDetailSchema, ConcertSummary as ConcertSummarySchema } from '@/lib/schemas/concerts';
import type { PaymentResult as PaymentResultSchema } from '@/lib/schemas/payments';
import type { QueueTicket as QueueTicketSchema } from '@/lib/schemas/queue';
import type { ChargeResult, Transaction, TransactionPage as TransactionPageSchema, WalletBalance } from '@/lib/schemas/wallet';

export type ConcertSummary = z.infer<typeof ConcertSummarySchema>;
export type ConcertDetail = z.infer<typeof ConcertDetailSchema>;
export type QueueTicket = z.infer<typeof QueueTicketSchema>;
export type Schedule = z.infer<typeof ScheduleSchema>;
export type Seat = z.infer<typeof SeatSchema>;
export type SeatStatus = Seat['status'];
export type Reservation = z.infer<typeof ReservationSchema>;
export type ReservationStatus = Reservation['status'];
export type Wallet = z.infer<typeof WalletBalance>;
export type WalletTransaction = z.infer<typeof Transaction>;
export type TransactionPage = z.infer<typeof TransactionPageSchema>;
export type Charge = z.infer<typeof ChargeResult>;
export type PaymentResult = z.infer<typeof PaymentResultSchema>;
