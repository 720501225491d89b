import { joinQueue } from '@/lib/core/queue/join-queue';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { JoinQueueBody, QueueTicket } from '@/lib/schemas/queue';
import { queueConfig, queueStore } from '@/lib/server/queue';

// POST /api/v1/queue/tokens: take a place in a concert's line (or get the one you have)
export const POST = route(
  {
    auth: 'user',
    body: JoinQueueBody,
    rateLimit: [{ name: 'QUEUE_JOIN_PER_USER', by: 'user' }],
    doc: {
      summary: "Take a place in a concert's line",
      description: '201 with a new token; 200 with the same token when you already hold a live one for this concert.',
      tag: 'Queue',
      responses: { 201: QueueTicket, 200: QueueTicket },
      errors: ['NOT_FOUND'],
    },
  },
  async ({ user, body, now }) => {
    const { ticket, created } = await joinQueue(queueStore(), { userId: user.id, concertId: body.concertId }, queueConfig(), now);
    return json(ticket, created ? 201 : 200);
  },
);
