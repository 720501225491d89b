import type { Db } from '@/lib/db/client';

/**
 * Marks HELD reservations past heldUntil EXPIRED and frees their seats. Tidiness, never
 * correctness: every reader already treats a hold past its time as expired, and holdSeat takes
 * such a seat over by itself. Safe to run on every app instance at once.
 *
 * A seat is freed only while it is still HELD until that hold's time: if someone has held it
 * again since, its heldUntil differs and it is left alone. Seats are locked before
 * reservations, the order holdSeat and cancelReservation use, so none of them can deadlock.
 * Returns how many holds it expired.
 */
export async function sweepExpiredHolds(db: Db, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE "Seat" s SET status = 'AVAILABLE', "heldUntil" = NULL
      FROM "Reservation" r
      WHERE r."seatId" = s.id AND r.status = 'HELD' AND r."heldUntil" <= ${now}
        AND s.status = 'HELD' AND s."heldUntil" = r."heldUntil"`;
    return tx.$executeRaw`
      UPDATE "Reservation" SET status = 'EXPIRED', "updatedAt" = ${now}
      WHERE status = 'HELD' AND "heldUntil" <= ${now}`;
  });
}
