/**
 * The admin console's own endpoints (queue history, sales totals, the admin seat map) and the
 * shapes the console pages receive. The booking endpoints' schemas live in admin.ts.
 */
import { z } from 'zod';
import { AdminReservationList, QueueFigures } from './admin';
import { SeatPlace } from './booking';

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
export const QueueHistoryPoint = z.strictObject({
  at: z.iso.datetime(),
  waiting: z.int().min(0),
  active: z.int().min(0),
  admitted: z.int().min(0),
});
export type QueueHistoryPoint = z.infer<typeof QueueHistoryPoint>;

export const QueueHistory = z.strictObject({
  concertId: z.uuid(),
  stepSeconds: z.int(),
  points: z.array(QueueHistoryPoint),
});
export type QueueHistory = z.infer<typeof QueueHistory>;

/** GET /api/v1/admin/queues, one concert's line, as the console receives it. */
export type QueueFiguresView = z.infer<typeof QueueFigures>;

const SalesFigures = z.strictObject({
  totalSeats: z.int().min(0),
  /** Seats paid for (CONFIRMED reservations). */
  seatsSold: z.int().min(0),
  /** Won taken for those seats. */
  revenue: z.int().min(0),
  /** Seats under a hold that has not run out. */
  held: z.int().min(0),
});
export type SalesFigures = z.infer<typeof SalesFigures>;

export const ScheduleSales = SalesFigures.extend({
  scheduleId: z.uuid(),
  startsAt: z.iso.datetime(),
  cancelledAt: z.iso.datetime().nullable().describe('When the date was called off, or null'),
});
export type ScheduleSales = z.infer<typeof ScheduleSales>;

export const ConcertSales = SalesFigures.extend({
  concertId: z.uuid(),
  title: z.string(),
  artist: z.string(),
  venue: z.string(),
  schedules: z.array(ScheduleSales),
});
export type ConcertSales = z.infer<typeof ConcertSales>;

/** GET /api/v1/admin/sales: every concert, newest first, with its dates earliest first. */
export const SalesTotals = z.strictObject({ items: z.array(ConcertSales), totals: SalesFigures });
export type SalesTotals = z.infer<typeof SalesTotals>;

export const AdminSeatStatus = z.enum(['AVAILABLE', 'HELD', 'SOLD']);
export type AdminSeatStatus = z.infer<typeof AdminSeatStatus>;

/** GET /api/v1/admin/schedules/{scheduleId}/seats, one seat: who holds or bought it. */
export const AdminSeat = z.strictObject({
  id: z.uuid(),
  ...SeatPlace,
  price: z.int().min(1),
  /** A hold past its time reads AVAILABLE. */
  status: AdminSeatStatus,
  holder: z.strictObject({ email: z.string(), name: z.string() }).nullable(),
  heldUntil: z.iso.datetime().nullable(),
  reservationId: z.uuid().nullable(),
});
export type AdminSeat = z.infer<typeof AdminSeat>;

/** GET /api/v1/admin/reservations (the booking endpoint), one item. */
export type AdminReservation = z.infer<typeof AdminReservationList>['items'][number];
export type AdminReservationStatus = AdminReservation['status'];

export interface AdminReservationFilter {
  concertId?: string;
  scheduleId?: string;
  status?: AdminReservationStatus;
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

/** The console's "new concert" form, one row of seats as typed (rows are lettered in order). */
export interface ConcertFormRow {
  grade: string;
  price: string;
  seats: string;
}

/** The console's "new concert" form, one date as typed. */
export interface ConcertFormDate {
  startsAtLocal: string;
  rows: ConcertFormRow[];
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
      rows: date.rows.map((row) => ({
        // A grade left empty is no grade: the seats are simply at their price.
        ...(row.grade.trim() ? { grade: row.grade.trim() } : {}),
        price: numberOrNull(row.price),
        seats: numberOrNull(row.seats),
      })),
    })),
  };
}
