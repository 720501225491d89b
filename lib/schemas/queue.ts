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

export const QueueTicket = z.object({
  token: z.string(),
  concertId: z.string(),
  status: z.enum(['WAITING', 'ACTIVE']),
  position: z.number().int().nullable(),
  etaSeconds: z.number().int().nullable(),
  pollAfterMs: z.number().int(),
  activeUntil: z.string().nullable(),
});
