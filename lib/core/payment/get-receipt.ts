import { reservationInclude, toReservationView } from '@/lib/core/booking/reservation-view';
import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import type { Receipt } from '@/lib/schemas/tickets';

/**
 * A payment's receipt: the tickets it bought (each marked if refunded since), the total, and the
 * wallet's balance right after paying, from the payment's own ledger row. For the payer, or for
 * an admin; to anyone else it is NOT_FOUND, as if it did not exist.
 */
export async function getReceipt(
  db: Tx,
  input: { paymentId: string; viewer: { userId: string; admin: boolean } },
  now: Date,
): Promise<Receipt> {
  const payment = await db.payment.findFirst({
    where: { id: input.paymentId, ...(input.viewer.admin ? {} : { userId: input.viewer.userId }) },
    select: {
      id: true,
      amount: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
      transaction: { select: { balanceAfter: true } },
      reservations: {
        include: {
          ...reservationInclude,
          concert: { select: { title: true, artist: true, venue: true } },
          refund: { select: { createdAt: true, amount: true } },
        },
      },
    },
  });
  if (!payment?.transaction) throw new DomainError('NOT_FOUND', 'No such payment');

  const items = payment.reservations
    .map((row) => {
      const view = toReservationView(row, now);
      return {
        reservationId: view.id,
        concertId: view.concertId,
        concertTitle: row.concert.title,
        artist: row.concert.artist,
        venue: row.concert.venue,
        scheduleId: view.scheduleId,
        startsAt: view.startsAt,
        seatNumber: view.seatNumber,
        seatLabel: view.seatLabel,
        grade: view.grade,
        price: view.price,
        status: row.refund ? ('REFUNDED' as const) : ('CONFIRMED' as const),
        refundedAt: row.refund?.createdAt.toISOString() ?? null,
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.seatNumber - b.seatNumber);
  return {
    id: payment.id,
    paidAt: payment.createdAt.toISOString(),
    amount: payment.amount,
    balanceAfter: payment.transaction.balanceAfter,
    refunded: payment.reservations.reduce((sum, row) => sum + (row.refund?.amount ?? 0), 0),
    buyer: payment.user,
    items,
  };
}
