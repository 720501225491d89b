import { reservationInclude, toReservationView } from '@/lib/core/booking/reservation-view';
import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import type { CheckIn } from '@/lib/schemas/tickets';

/**
 * Lets a ticket in at the door, once. One conditional UPDATE decides: its WHERE clause is the
 * check (a CONFIRMED ticket not yet used), so of any number of simultaneous check-ins of a code
 * exactly one changes the row and the others, waiting on its lock, find it used.
 *
 * A code that is no ticket is NOT_FOUND, whether unknown, forged, refunded or still a hold:
 * a refunded ticket's code stops working the moment the refund commits. A used one is
 * TICKET_ALREADY_USED with the time it was let in (member `checkedInAt` of the problem).
 */
export async function checkInTicket(db: Tx, input: { ticketCode: string }, now: Date): Promise<CheckIn> {
  const [used] = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Reservation" SET "checkedInAt" = ${now}, "updatedAt" = ${now}
    WHERE "ticketCode" = ${input.ticketCode} AND status = 'CONFIRMED' AND "checkedInAt" IS NULL
    RETURNING id`;
  if (used) {
    const row = await db.reservation.findUniqueOrThrow({ where: { id: used.id }, include: reservationInclude });
    return { reservation: toReservationView(row, now), checkedInAt: now.toISOString() };
  }

  const ticket = await db.reservation.findUnique({
    where: { ticketCode: input.ticketCode },
    select: { status: true, checkedInAt: true },
  });
  if (ticket?.status === 'CONFIRMED' && ticket.checkedInAt) {
    const checkedInAt = ticket.checkedInAt.toISOString();
    throw new DomainError('TICKET_ALREADY_USED', `This ticket was already let in at ${checkedInAt}`, {
      members: { checkedInAt },
    });
  }
  throw new DomainError('NOT_FOUND', 'Not a ticket: the code is unknown, or the ticket was refunded');
}
