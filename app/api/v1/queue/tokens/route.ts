import { joinQueue } from '@/lib/core/queue/join-queue';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { JoinQueueBody } from '@/lib/schemas/queue';
import { queueConfig, queueStore } from '@/lib/server/queue';

// POST /api/v1/queue/tokens: take a place in a concert's line (or get the one you have)
export const POST = route({ auth: 'user', body: JoinQueueBody, rateLimit: [{ name: 'QUEUE_JOIN_PER_USER', by: 'user' }] }, async ({ user, body, now }) => {
  const { ticket, created } = await joinQueue(db(), queueStore(), { userId: user.id, concertId: body.concertId }, queueConfig(), now);
  return json(ticket, created ? 201 : 200);
});
