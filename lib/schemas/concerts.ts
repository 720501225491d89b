import { z } from 'zod';

export const MAX_TICKETS_PER_USER_LIMIT = 10;
export const DEFAULT_MAX_TICKETS_PER_USER = 4;

const SalesOpenAt = z.iso.datetime().describe('When sales open: joins before it wait in the pre-queue, drawn then');
const MaxTicketsPerUser = z
  .int()
  .min(1)
  .max(MAX_TICKETS_PER_USER_LIMIT)
  .describe("One fan's seats for the concert, unexpired holds and confirmed, across all its dates");

/** GET /api/v1/concerts, one concert: dates and prices are those of its future dates. */
export const ConcertSummary = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  artist: z.string(),
  venue: z.string(),
  firstDate: z.iso.datetime(),
  lastDate: z.iso.datetime(),
  minPrice: z.int().min(0).describe('Won'),
  maxPrice: z.int().min(0).describe('Won'),
  salesOpenAt: SalesOpenAt,
  maxTicketsPerUser: MaxTicketsPerUser,
});

/** GET /api/v1/concerts/{concertId}. */
export const ConcertDetail = ConcertSummary.extend({ description: z.string() });

const text = (name: string, max: number) =>
  z.string().trim().min(1, `Enter the ${name}`).max(max, `The ${name} has at most ${max} characters`);

/** The opening, as an admin sends it: an instant with its time zone. */
export const SalesOpenAtInput = z.iso
  .datetime({ offset: true, message: 'Expected an ISO-8601 date and time with a time zone' })
  .transform((value) => new Date(value));

export const MaxTicketsPerUserInput = z
  .number()
  .int('Expected a whole number')
  .min(1, 'At least 1')
  .max(MAX_TICKETS_PER_USER_LIMIT, `At most ${MAX_TICKETS_PER_USER_LIMIT}`);

/** PATCH /api/v1/admin/concerts/{concertId}: what changes; at least one field. */
export const UpdateConcertBody = z
  .object({
    title: text('title', 200).optional(),
    artist: text('artist', 200).optional(),
    venue: text('venue', 200).optional(),
    description: z.string().trim().max(5000, 'The description has at most 5000 characters').optional(),
    salesOpenAt: SalesOpenAtInput.optional(),
    maxTicketsPerUser: MaxTicketsPerUserInput.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Give at least one of title, artist, venue, description, salesOpenAt, maxTicketsPerUser',
  });
export type UpdateConcertBody = z.infer<typeof UpdateConcertBody>;

/** PATCH /api/v1/admin/concerts/{concertId} answers the concert as it is now. */
export const AdminConcert = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  artist: z.string(),
  venue: z.string(),
  description: z.string(),
  salesOpenAt: SalesOpenAt,
  salesOpened: z.boolean().describe('Sales have opened and the pre-queue has been drawn: salesOpenAt can no longer change'),
  maxTicketsPerUser: MaxTicketsPerUser,
});
export type AdminConcert = z.infer<typeof AdminConcert>;
