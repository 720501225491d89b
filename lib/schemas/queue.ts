import { z } from 'zod';

export const Id = z.uuid('Expected an id');

export const JoinQueueBody = z.object({ concertId: Id });

export const ConcertIdParams = z.object({ concertId: Id });

export const UpdateQueueSettingsBody = z
  .object({
    activeLimit: z.number().int('Expected a whole number').min(1).max(100_000).optional(),
    paused: z.boolean().optional(),
  })
  .refine((body) => body.activeLimit !== undefined || body.paused !== undefined, {
    message: 'Give activeLimit, paused, or both',
  });

/** The QueueTicket of docs/api.md, "Queue". */
export const QueueTicket = z.strictObject({
  token: z.string().describe('Send it as X-Queue-Token on every queue-gated call'),
  concertId: z.uuid(),
  status: z.enum(['WAITING', 'ACTIVE']),
  position: z.int().min(1).nullable().describe('1 for the next in line; null before the draw and once ACTIVE'),
  etaSeconds: z.int().min(0).nullable().describe('The estimated wait; null before the draw, while paused and once ACTIVE'),
  pollAfterMs: z.int().min(0).describe('When to ask again'),
  activeUntil: z.iso.datetime().nullable().describe('When an ACTIVE token stops working; null while waiting'),
  opensAt: z.iso
    .datetime()
    .nullable()
    .describe("When sales open and the pre-queue is drawn; null once it is (the concert's salesOpenAt until then)"),
  paused: z.boolean().describe('Admission is paused by the organizer: nobody is admitted until it resumes'),
  joinedPosition: z
    .int()
    .min(1)
    .nullable()
    .describe('The place this token took when it joined, or was drawn at the opening; null until the draw'),
});

/** PATCH /api/v1/admin/concerts/{concertId}/queue answers the settings now in force. */
export const QueueSettings = z.strictObject({ activeLimit: z.int().min(1), paused: z.boolean() });
