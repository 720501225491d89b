/**
 * Booking rows straight in the database, for tests of what comes after a hold (payments):
 * the seat and its reservation exactly as holdSeat leaves them.
 */
import { heldReservationData } from '@/lib/core/booking/held-reservation';
import type { Db } from '@/lib/db/client';

export async function makeHeldReservation(
  db: Db,
  options: { userId: string; seat: { id: string }; now?: Date; holdSeconds?: number; heldUntil?: Date },
) {
  const now = options.now ?? new Date();
  // A heldUntil in the past makes a hold the sweeper has not reached yet.
  const heldUntil = options.heldUntil ?? new Date(now.getTime() + (options.holdSeconds ?? 300) * 1000);
  return db.$transaction(async (tx) => {
    const seat = await tx.seat.update({
      where: { id: options.seat.id, status: 'AVAILABLE' },
      data: { status: 'HELD', heldUntil },
      include: { schedule: { select: { concertId: true } } },
    });
    return tx.reservation.create({
      data: heldReservationData(options.userId, { ...seat, concertId: seat.schedule.concertId }, heldUntil, now),
    });
  });
}

/** The seats of a concert's first date, by number. */
export async function seatsOf(db: Db, concert: { schedules: { id: string }[] }) {
  return db.seat.findMany({ where: { scheduleId: concert.schedules[0].id }, orderBy: { number: 'asc' } });
}

/**
 * A paid ticket as payReservations leaves it: the reservation CONFIRMED with its payment, the
 * seat SOLD, a PAYMENT ledger row. The wallet is charged the price first (a CHARGE row), so the
 * balance is what it was and still equals its ledger.
 */
export async function makeTicket(db: Db, options: { userId: string; seat: { id: string }; now?: Date }) {
  const now = options.now ?? new Date();
  const held = await makeHeldReservation(db, { userId: options.userId, seat: options.seat, now });
  const { userId } = options;
  return db.$transaction(async (tx) => {
    const [{ balance }] = await tx.$queryRaw<{ balance: number }[]>`
      UPDATE "User" SET balance = balance + ${held.price} WHERE id = ${userId}::uuid RETURNING balance`;
    await tx.walletTransaction.create({
      data: { userId, type: 'CHARGE', amount: held.price, balanceAfter: balance, createdAt: now },
    });
    const payment = await tx.payment.create({ data: { userId, amount: held.price, createdAt: now } });
    await tx.user.update({ where: { id: userId }, data: { balance: balance - held.price } });
    await tx.walletTransaction.create({
      data: {
        userId,
        type: 'PAYMENT',
        amount: held.price,
        balanceAfter: balance - held.price,
        paymentId: payment.id,
        createdAt: now,
      },
    });
    await tx.seat.update({ where: { id: held.seatId }, data: { status: 'SOLD', heldUntil: null } });
    return tx.reservation.update({ where: { id: held.id }, data: { status: 'CONFIRMED', paymentId: payment.id } });
  });
}
