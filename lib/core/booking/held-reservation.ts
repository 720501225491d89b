/** The seat facts a hold copies onto its reservation. */
export interface HoldableSeat {
  id: string;
  concertId: string;
  scheduleId: string;
  price: number;
}

/**
 * The Reservation row a hold inserts: hold_seat writes it in the database (holdSeat calls it;
 * the SQL is in its migration), and the test factories write the same row here
 * (lib/testing/booking-factories.ts), so tests of what follows a hold start where it ends.
 */
export function heldReservationData(userId: string, seat: HoldableSeat, heldUntil: Date, now: Date) {
  return {
    userId,
    concertId: seat.concertId,
    scheduleId: seat.scheduleId,
    seatId: seat.id,
    price: seat.price,
    status: 'HELD' as const,
    heldUntil,
    createdAt: now,
  };
}
