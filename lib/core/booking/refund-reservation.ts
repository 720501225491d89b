import { DomainError } from '@/lib/core/errors';
import { claimKey, storeResponse, type IdempotencyContext } from '@/lib/core/idempotency/idempotency';
import type { Db } from '@/lib/db/client';
import { prismaSql } from '@/lib/db/sql';
import { reservationInclude, toReservationView, type ReservationView } from './reservation-view';

/**
 * Who gives the ticket back: its holder, until `cutoffHours` before the show and only if it
 * has not been used at the door; or an admin (refundReservation for any ticket, and
 * cancelSchedule), at any time.
 */
export type RefundRequester = { role: 'holder'; userId: string; cutoffHours: number } | { role: 'admin' };

export interface RefundReservationInput {
  reservationId: string;
  by: RefundRequester;
  idempotency: IdempotencyContext | null;
}

/** The most the 32-bit balance column can store. */
const MAX_STORED_BALANCE = 2_147_483_647;

interface LockedTicket {
  status: string;
  price: number;
  checkedInAt: Date | null;
  startsAt: Date;
}

/**
 * Gives a CONFIRMED ticket back, all or nothing, in one transaction: the reservation becomes
 * REFUNDED, its price goes back to the holder's wallet with one REFUND ledger row (with
 * balanceAfter), and the seat is AVAILABLE for the next buyer. Any refusal changes nothing.
 *
 * Locks are taken User (the holder), then Seat, then Reservation: the order of holdSeat,
 * cancelReservation and payReservations, so a refund racing any of them cannot deadlock. The
 * checks read the locked reservation, so of any number of racing refunds exactly one refunds and
 * the others find it REFUNDED; the unique REFUND row per reservation backs that in the schema. A
 * hold racing the refund for the seat either finds it SOLD or waits on the seat's lock and takes
 * it once it is AVAILABLE: never two live reservations ("Reservation_one_live_per_seat").
 *
 * A refund is credited even past the wallet's MAX_BALANCE (charge-wallet.ts): that cap limits
 * what a fan adds, and money given back must never be refused (a cancelled date refunds everyone,
 * whatever their balance). While a wallet is over the cap, charges are refused. Only a balance
 * the column could not store refuses a refund, as RESERVATION_NOT_REFUNDABLE with the reason
 * (docs/decisions/011-refunds-cancelled-dates-and-ticket-codes.md).
 */
export async function refundReservation(db: Db, input: RefundReservationInput, now: Date): Promise<ReservationView> {
  const { by, reservationId } = input;
  return db.$transaction(async (tx) => {
    if (input.idempotency) await claimKey(prismaSql(tx), input.idempotency, now);
    const found = await tx.reservation.findFirst({
      where: { id: reservationId, ...(by.role === 'holder' ? { userId: by.userId } : {}) },
      select: { userId: true, seatId: true },
    });
    // Someone else's reservation reads as missing to a fan, so ids cannot be probed.
    if (!found) throw new DomainError('NOT_FOUND', 'No such reservation');

    // NO KEY UPDATE, as payReservations takes it: claimKey's foreign key holds a KEY SHARE lock
    // on the requester's row, which an UPDATE lock would have to wait past.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${found.userId}::uuid FOR NO KEY UPDATE`;
    await tx.$queryRaw`SELECT id FROM "Seat" WHERE id = ${found.seatId}::uuid FOR UPDATE`;
    const [ticket] = await tx.$queryRaw<LockedTicket[]>`
      SELECT r.status::text AS status, r.price, r."checkedInAt", d."startsAt"
      FROM "Reservation" r JOIN "Schedule" d ON d.id = r."scheduleId"
      WHERE r.id = ${reservationId}::uuid
      FOR UPDATE OF r`;
    assertRefundable(ticket, by, now);

    const [credited] = await tx.$queryRaw<{ balance: number }[]>`
      UPDATE "User" SET balance = balance + ${ticket.price}
      WHERE id = ${found.userId}::uuid AND balance <= ${MAX_STORED_BALANCE - ticket.price}
      RETURNING balance`;
    if (!credited) {
      throw new DomainError('RESERVATION_NOT_REFUNDABLE', 'The wallet cannot hold this refund: spend some of its balance first');
    }
    await tx.walletTransaction.create({
      data: {
        userId: found.userId,
        type: 'REFUND',
        amount: ticket.price,
        balanceAfter: credited.balance,
        reservationId,
        createdAt: now,
      },
    });
    await tx.$executeRaw`
      UPDATE "Reservation" SET status = 'REFUNDED', "updatedAt" = ${now} WHERE id = ${reservationId}::uuid`;
    const freed = await tx.$executeRaw`
      UPDATE "Seat" SET status = 'AVAILABLE' WHERE id = ${found.seatId}::uuid AND status = 'SOLD'`;
    // A CONFIRMED ticket's seat is SOLD (payReservations sells both at once): anything else is a
    // broken invariant, and the refund rolls back rather than free a seat it does not own.
    if (freed !== 1) throw new Error(`Refund of ${reservationId}: its seat ${found.seatId} was not SOLD`);

    const row = await tx.reservation.findUniqueOrThrow({ where: { id: reservationId }, include: reservationInclude });
    const view = toReservationView(row, now);
    if (input.idempotency) await storeResponse(prismaSql(tx), input.idempotency, { status: 200, body: view });
    return view;
  });
}

/** What the ticket is first, then (for its holder) whether it was used, then the cutoff. */
function assertRefundable(ticket: LockedTicket, by: RefundRequester, now: Date) {
  if (ticket.status === 'REFUNDED') throw new DomainError('RESERVATION_NOT_REFUNDABLE', 'This ticket was already refunded');
  if (ticket.status !== 'CONFIRMED') {
    throw new DomainError('RESERVATION_NOT_REFUNDABLE', 'Only a paid ticket can be refunded');
  }
  if (by.role === 'admin') return;
  if (ticket.checkedInAt) throw new DomainError('RESERVATION_NOT_REFUNDABLE', 'This ticket was already used at the door');
  if (ticket.startsAt.getTime() - now.getTime() <= by.cutoffHours * 3_600_000) {
    throw new DomainError(
      'RESERVATION_NOT_REFUNDABLE',
      `Refunds close ${by.cutoffHours} ${by.cutoffHours === 1 ? 'hour' : 'hours'} before the show`,
    );
  }
}
