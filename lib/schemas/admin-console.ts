/**
 * The admin console's own endpoints (queue history, sales totals, the admin seat map) and the
 * shapes the console pages receive. The booking endpoints' schemas live in admin.ts.
 */
import { z } from 'zod';

// A query string's empty value (`?minutes=`) means "the default", as a form would send it.
const whole = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (value === '' || value === undefined ? fallback : value),
    z.coerce
      .number(`Expected ${name} as a number`)
      .int(`Expected ${name} as a whole number`)
      .min(min, `${name} is at least ${min}`)
      .max(max, `${name} is at most ${max}`),
  );

export const QUEUE_HISTORY_MAX_POINTS = 360;

/** GET /api/v1/admin/queues/{concertId}/history?minutes=&stepSeconds= */
export const QueueHistoryQuery = z
  .object({
    minutes: whole('minutes', 1, 180, 15),
    stepSeconds: whole('stepSeconds', 10, 600, 30),
  })
  .refine((query) => (query.minutes * 60) / query.stepSeconds <= QUEUE_HISTORY_MAX_POINTS, {
    message: `At most ${QUEUE_HISTORY_MAX_POINTS} points: use a longer step for a longer window`,
    path: ['stepSeconds'],
  });
export type QueueHistoryQuery = z.infer<typeof QueueHistoryQuery>;

/** One moment of a concert's line: a snapshot at `at`, and the admissions of the step ending there. */
export interface QueueHistoryPoint {
  at: string;
  waiting: number;
  active: number;
  admitted: number;
}

export interface QueueHistory {
  concertId: string;
  stepSeconds: number;
  points: QueueHistoryPoint[];
}

/** GET /api/v1/admin/queues (the lead's figures), as the console receives it. */
export interface QueueFiguresView {
  concertId: string;
  title: string;
  waiting: number;
  active: number;
  activeLimit: number;
  paused: boolean;
  admittedLastMinute: number;
  oldestWaitSeconds: number;
}

export interface SalesFigures {
  totalSeats: number;
  /** Seats paid for (CONFIRMED reservations). */
  seatsSold: number;
  /** Won taken for those seats. */
  revenue: number;
  /** Seats under a hold that has not run out. */
  held: number;
}

export interface ScheduleSales extends SalesFigures {
  scheduleId: string;
  startsAt: string;
}

export interface ConcertSales extends SalesFigures {
  concertId: string;
  title: string;
  artist: string;
  venue: string;
  schedules: ScheduleSales[];
}

/** GET /api/v1/admin/sales: every concert, newest first, with its dates earliest first. */
export interface SalesTotals {
  items: ConcertSales[];
  totals: SalesFigures;
}

export type AdminSeatStatus = 'AVAILABLE' | 'HELD' | 'SOLD';

/** GET /api/v1/admin/schedules/{scheduleId}/seats, one seat: who holds or bought it. */
export interface AdminSeat {
  id: string;
  number: number;
  price: number;
  status: AdminSeatStatus;
  holder: { email: string; name: string } | null;
  heldUntil: string | null;
  reservationId: string | null;
}

export type AdminReservationStatus = 'HELD' | 'CONFIRMED' | 'CANCELLED' | 'EXPIRED';

/** GET /api/v1/admin/reservations (the booking endpoint), one item. */
export interface AdminReservation {
  id: string;
  concertId: string;
  scheduleId: string;
  seatId: string;
  seatNumber: number;
  startsAt: string;
  price: number;
  status: AdminReservationStatus;
  heldUntil: string;
  createdAt: string;
  userEmail: string;
}

export interface AdminReservationFilter {
  concertId?: string;
  scheduleId?: string;
  status?: AdminReservationStatus;
}

/** POST /api/v1/admin/concerts answers this. */
export interface CreatedConcertView {
  id: string;
  title: string;
  schedules: { id: string; startsAt: string; totalSeats: number }[];
}

const SEOUL_OFFSET = '+09:00';
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A `<input type="datetime-local">` value read as Seoul time, as an ISO UTC string. Seoul keeps
 * no daylight saving, so the offset is fixed. Anything else comes back unchanged, so the API
 * answers it with its own message rather than the form guessing.
 */
export function seoulLocalToIso(local: string): string {
  if (!LOCAL_DATE_TIME.test(local)) return local;
  const date = new Date(`${local}:00${SEOUL_OFFSET}`);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** The inverse: an instant as the `datetime-local` value of Seoul's wall clock. */
export function isoToSeoulLocal(iso: string | Date): string {
  const shifted = new Date(new Date(iso).getTime() + 9 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** The console's "new concert" form, one date as typed. */
export interface ConcertFormDate {
  startsAtLocal: string;
  seatCount: string;
  price: string;
}

export interface ConcertForm {
  title: string;
  artist: string;
  venue: string;
  description: string;
  dates: ConcertFormDate[];
}

// A number field left empty or not a number goes as null: the API's "expected a number" says so.
const numberOrNull = (text: string) => {
  const value = Number(text.trim());
  return text.trim() === '' || Number.isNaN(value) ? null : value;
};

/** The body of POST /api/v1/admin/concerts from what the admin typed. The API validates it. */
export function concertFormToBody(form: ConcertForm) {
  const description = form.description.trim();
  return {
    title: form.title,
    artist: form.artist,
    venue: form.venue,
    ...(description ? { description } : {}),
    schedules: form.dates.map((date) => ({
      startsAt: seoulLocalToIso(date.startsAtLocal),
      seatCount: numberOrNull(date.seatCount),
      price: numberOrNull(date.price),
    })),
  };
}
