import { DomainError } from '@/lib/core/errors';

/** A fan's standing against one concert's maxTicketsPerUser. */
export interface TicketFacts {
  ticketLimit: number;
  tickets: number;
}

/**
 * The columns "ticketLimit" and "tickets" of TicketFacts, as SQL text over the expressions given
 * for the user, the concert and the time: a user's seats for one concert are their unexpired
 * holds and confirmed seats across all its dates (a refunded or cancelled one no longer counts).
 * Placeholders only. holdSeat reads them twice: in its first look, and again in its transaction
 * after the user's row lock, which one user's racing holds and payments wait on, so none of
 * them can outrun the count.
 */
export const ticketFactsColumns = (user: string, concert: string, now: string) => `
  (SELECT c."maxTicketsPerUser" FROM "Concert" c WHERE c.id = ${concert}) AS "ticketLimit",
  (SELECT count(*)::int FROM "Reservation" r
    WHERE r."userId" = ${user} AND r."concertId" = ${concert}
      AND (r.status = 'CONFIRMED' OR (r.status = 'HELD' AND r."heldUntil" > ${now}))) AS tickets`;

/** Refuses one more seat to a fan who has the concert's maxTicketsPerUser already. */
export function refuseOverTicketLimit(facts: TicketFacts) {
  if (facts.tickets >= facts.ticketLimit) {
    throw new DomainError(
      'TICKET_LIMIT_REACHED',
      `You have ${facts.tickets} seat${facts.tickets === 1 ? '' : 's'} for this concert, held or bought: ` +
        `one fan may have ${facts.ticketLimit}`,
    );
  }
}
