import { z } from 'zod';
import {
  MAX_GRADE_LENGTH,
  MAX_ROWS_PER_DATE,
  MAX_SEATS_PER_ROW,
  plainRows,
  type SeatRowSpec,
} from '@/lib/core/booking/seat-row-rules';
import { Reservation, ReservationStatus } from './booking';
import { MaxTicketsPerUserInput, SalesOpenAtInput } from './concerts';
import { Id } from './queue';

// The layout rules are the domain's; the console's form reads them here, as it may not import lib/core.
export { MAX_GRADE_LENGTH, MAX_ROWS_PER_DATE, MAX_SEATS_PER_ROW, rowLetter } from '@/lib/core/booking/seat-row-rules';

const text = (name: string, max: number) =>
  z.string().trim().min(1, `Enter the ${name}`).max(max, `The ${name} has at most ${max} characters`);

const Price = z.number().int('Expected a whole number of won').min(1).max(10_000_000);

/** One row of seats, front to back; rows are lettered A, B, ... in the order given. */
export const SeatRowInput = z.object({
  grade: z
    .string()
    .trim()
    .min(1, 'Enter a grade, or leave it out')
    .max(MAX_GRADE_LENGTH, `A grade has at most ${MAX_GRADE_LENGTH} characters`)
    .nullish()
    .describe('The price class, e.g. VIP, R, S'),
  price: Price,
  seats: z.number().int('Expected a whole number').min(1).max(MAX_SEATS_PER_ROW),
});

/**
 * One date: its rows, or (the first shape, still taken) a seat count at one price, laid out in
 * rows of ten with no grade. Either way the parsed date has its rows.
 */
export const ConcertScheduleInput = z
  .object({
    startsAt: z.iso
      .datetime({ offset: true, message: 'Expected an ISO-8601 date and time with a time zone' })
      .transform((value) => new Date(value)),
    rows: z
      .array(SeatRowInput)
      .min(1, 'Give at least one row')
      .max(MAX_ROWS_PER_DATE, `At most ${MAX_ROWS_PER_DATE} rows`)
      .optional()
      .describe('Front row first, lettered A, B, ...; seats are numbered 1..N across them. Or give seatCount and price'),
    seatCount: z
      .number()
      .int('Expected a whole number')
      .min(1)
      .max(500)
      .optional()
      .describe('Instead of rows: this many seats at one price, in rows of ten with no grade'),
    price: Price.optional().describe('With seatCount: the price of every seat'),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.rows && (schedule.seatCount !== undefined || schedule.price !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Give rows, or seatCount and price, not both' });
    }
    if (schedule.rows) return;
    if (schedule.seatCount === undefined) ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Give the seats in rows' });
    else if (schedule.price === undefined)
      ctx.addIssue({ code: 'custom', path: ['price'], message: 'Give the price of the seats' });
  })
  .transform(({ startsAt, rows, seatCount, price }) => ({
    startsAt,
    rows: rows
      ? rows.map((row): SeatRowSpec => ({ grade: row.grade ?? null, price: row.price, seats: row.seats }))
      : plainRows(seatCount!, price!),
  }));

/** POST /api/v1/admin/concerts. That every date is in the future is checked against the clock in the use case. */
export const CreateConcertBody = z.object({
  title: text('title', 200),
  artist: text('artist', 200),
  venue: text('venue', 200),
  description: z.string().trim().max(5000, 'The description has at most 5000 characters').optional(),
  salesOpenAt: SalesOpenAtInput.optional().describe('When sales open (default: at once); before the last date'),
  maxTicketsPerUser: MaxTicketsPerUserInput.optional().describe("One fan's seats for the concert, 1 to 10 (default 4)"),
  schedules: z
    .array(ConcertScheduleInput)
    .min(1, 'Give at least one date')
    .max(50, 'At most 50 dates')
    .superRefine((schedules, ctx) => {
      const seen = new Set<number>();
      schedules.forEach((schedule, index) => {
        // zod still runs this when some date failed to parse; that one has its own issue.
        if (!(schedule.startsAt instanceof Date)) return;
        if (seen.has(schedule.startsAt.getTime())) {
          ctx.addIssue({ code: 'custom', path: [index, 'startsAt'], message: 'Two dates start at the same time' });
        }
        seen.add(schedule.startsAt.getTime());
      });
    }),
});
export type CreateConcertBody = z.infer<typeof CreateConcertBody>;

// A query string's empty value (`?status=`) means "no filter", as a form would send it.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const AdminReservationsQuery = z.object({
  concertId: optional(Id),
  scheduleId: optional(Id),
  status: optional(ReservationStatus),
});

/** POST /api/v1/admin/concerts: the concert with its dates, earliest first. */
export const CreatedConcert = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  artist: z.string(),
  venue: z.string(),
  description: z.string(),
  salesOpenAt: z.iso.datetime(),
  maxTicketsPerUser: z.int().min(1),
  schedules: z.array(z.strictObject({ id: z.uuid(), startsAt: z.iso.datetime(), totalSeats: z.int().min(1) })),
});
export type CreatedConcert = z.infer<typeof CreatedConcert>;

/** GET /api/v1/admin/queues, one concert's line. */
export const QueueFigures = z.strictObject({
  concertId: z.uuid(),
  title: z.string(),
  waiting: z.int().min(0),
  active: z.int().min(0),
  activeLimit: z.int().min(1),
  paused: z.boolean(),
  admittedLastMinute: z.int().min(0),
  oldestWaitSeconds: z.int().min(0).describe('How long the first in line has waited; 0 when nobody waits'),
});

/** GET /api/v1/admin/reservations: everyone's, newest first, with who made each. */
export const AdminReservationList = z.strictObject({
  // Without the ticket code: a code is its holder's alone, and the door checks it in by itself.
  items: z.array(Reservation.omit({ ticketCode: true }).extend({ userEmail: z.string() })),
});
