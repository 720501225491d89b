import { checkInTicket } from '@/lib/core/tickets/check-in-ticket';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { CheckIn, CheckInBody } from '@/lib/schemas/tickets';

// POST /api/v1/admin/check-ins: let a ticket in at the door
export const POST = route(
  {
    auth: 'admin',
    body: CheckInBody,
    doc: {
      summary: 'Check a ticket in at the door',
      description:
        'The first time: 200 with the ticket. Again: TICKET_ALREADY_USED, whose problem carries `checkedInAt`. A code ' +
        'that is unknown, forged or of a refunded ticket is NOT_FOUND. Of simultaneous check-ins of one code exactly one ' +
        'succeeds.',
      tag: 'Admin',
      responses: { 200: CheckIn },
      errors: ['NOT_FOUND', 'TICKET_ALREADY_USED'],
    },
  },
  async ({ body, now }) => json(await checkInTicket(db(), { ticketCode: body.ticketCode }, now)),
);
