/** The shapes of ../shared/API.md as the pages receive them (times are ISO strings). */

export interface ConcertSummary {
  id: string;
  title: string;
  artist: string;
  venue: string;
  firstDate: string;
  lastDate: string;
  minPrice: number;
  maxPrice: number;
}

export interface ConcertDetail extends ConcertSummary {
  description: string;
}

export interface QueueTicket {
  token: string;
  concertId: string;
  status: 'WAITING' | 'ACTIVE';
  position: number | null;
  etaSeconds: number | null;
  pollAfterMs: number;
  activeUntil: string | null;
}

export interface Schedule {
  id: string;
  startsAt: string;
  totalSeats: number;
  availableSeats: number;
}

export type SeatStatus = 'AVAILABLE' | 'HELD' | 'SOLD';

export interface Seat {
  id: string;
  number: number;
  price: number;
  status: SeatStatus;
}

export type ReservationStatus = 'HELD' | 'CONFIRMED' | 'CANCELLED' | 'EXPIRED';

export interface Reservation {
  id: string;
  concertId: string;
  scheduleId: string;
  seatId: string;
  seatNumber: number;
  startsAt: string;
  price: number;
  status: ReservationStatus;
  heldUntil: string;
  createdAt: string;
}

export interface Wallet {
  balance: number;
}

export interface WalletTransaction {
  id: string;
  type: 'CHARGE' | 'PAYMENT' | 'REFUND';
  amount: number;
  balanceAfter: number;
  createdAt: string;
}

export interface TransactionPage {
  items: WalletTransaction[];
  nextCursor: string | null;
}

export interface Charge {
  balance: number;
  transaction: WalletTransaction;
}

export interface PaymentResult {
  id: string;
  amount: number;
  balance: number;
  reservations: Reservation[];
}

/** Most seats one person may hold unpaid at once, across all concerts (API.md). */
export const MAX_HELD_SEATS = 4;
