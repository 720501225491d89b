import { createConcert } from '@/lib/core/concerts/create-concert';
import { DomainError } from '@/lib/core/errors';
import type { Db } from '@/lib/db/client';
import type { CreateConcertBody, CreatedConcert } from '@/lib/schemas/admin';

/** The request's body, parsed: each date has its rows (a bare seat count became rows of ten). */
export type PublishConcertInput = CreateConcertBody;

/**
 * An admin puts a concert on sale: its dates must lie in the future (a date that has begun
 * could never be booked), and sales must open before the last of them. The queue starts with
 * the configured default activeLimit.
 */
export async function publishConcert(
  db: Db,
  input: PublishConcertInput,
  config: { defaultActiveLimit: number },
  now: Date,
): Promise<CreatedConcert> {
  const past = input.schedules.flatMap((schedule, index) =>
    schedule.startsAt > now ? [] : [{ path: `schedules.${index}.startsAt`, message: 'Must be in the future' }],
  );
  if (past.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `${past[0].path}: ${past[0].message}`, { errors: past });
  }
  const lastDate = Math.max(...input.schedules.map((schedule) => schedule.startsAt.getTime()));
  if (input.salesOpenAt && input.salesOpenAt.getTime() >= lastDate) {
    const message = 'Sales must open before the last date';
    throw new DomainError('VALIDATION_FAILED', `salesOpenAt: ${message}`, { errors: [{ path: 'salesOpenAt', message }] });
  }
  return createConcert(db, {
    title: input.title,
    artist: input.artist,
    venue: input.venue,
    description: input.description,
    activeLimit: config.defaultActiveLimit,
    salesOpenAt: input.salesOpenAt,
    maxTicketsPerUser: input.maxTicketsPerUser,
    schedules: input.schedules.map((schedule) => ({ startsAt: schedule.startsAt, rows: schedule.rows })),
  });
}
