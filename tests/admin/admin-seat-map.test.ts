import { describe, expect, test } from 'vitest';
import { getAdminSeatMap } from '@/lib/core/admin/get-admin-seat-map';
import { makeConcert, makeUser } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { makeHeldReservation } from '@/lib/testing/booking-factories';
import { pastReservation, seatsOf, sellDirect } from './sale-fixtures';

const db = openTestDb(5);

describe('the admin seat map', () => {
  test('names who holds or bought each seat, and until when a hold lasts', async () => {
    const now = new Date('2027-01-10T03:00:00.000Z');
    const concert = await makeConcert(db, { dates: [new Date('2027-02-01T10:00:00Z')], seats: 6, price: 88_000 });
    const scheduleId = concert.schedules[0].id;
    const [ana, ben] = await Promise.all([makeUser(db, { name: 'Ana' }), makeUser(db, { name: 'Ben' })]);
    const seats = await seatsOf(db, scheduleId);
    const liveUntil = new Date(now.getTime() + 240_000);

    const anaHold = await makeHeldReservation(db, { userId: ana.id, seat: seats[0], heldUntil: liveUntil });
    const benSale = await sellDirect(db, ben.id, seats[1], now);
    // Ana's hold ran out a second ago and the sweeper has not been by.
    await makeHeldReservation(db, { userId: ana.id, seat: seats[2], heldUntil: new Date(now.getTime() - 1000) });
    await pastReservation(db, ben.id, seats[3], 'CANCELLED', now);
    // Seat 5 was Ana's once; Ben holds it now.
    await pastReservation(db, ana.id, seats[4], 'EXPIRED', now);
    const benHold = await makeHeldReservation(db, { userId: ben.id, seat: seats[4], heldUntil: liveUntil });

    const map = await getAdminSeatMap(db, scheduleId, now);

    expect(map.map((seat) => seat.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(map.map(({ id, price }) => ({ id, price }))).toEqual(seats.map(({ id }) => ({ id, price: 88_000 })));
    expect(map.map(({ status, holder, heldUntil, reservationId }) => ({ status, holder, heldUntil, reservationId }))).toEqual([
      {
        status: 'HELD',
        holder: { email: ana.email, name: 'Ana' },
        heldUntil: liveUntil.toISOString(),
        reservationId: anaHold.id,
      },
      { status: 'SOLD', holder: { email: ben.email, name: 'Ben' }, heldUntil: null, reservationId: benSale.id },
      { status: 'AVAILABLE', holder: null, heldUntil: null, reservationId: null },
      { status: 'AVAILABLE', holder: null, heldUntil: null, reservationId: null },
      {
        status: 'HELD',
        holder: { email: ben.email, name: 'Ben' },
        heldUntil: liveUntil.toISOString(),
        reservationId: benHold.id,
      },
      { status: 'AVAILABLE', holder: null, heldUntil: null, reservationId: null },
    ]);
  });

  test('a hold reads AVAILABLE from the moment it runs out', async () => {
    const now = new Date('2027-01-10T03:00:00.000Z');
    const concert = await makeConcert(db, { dates: [new Date('2027-02-01T10:00:00Z')], seats: 1 });
    const user = await makeUser(db);
    const [seat] = await seatsOf(db, concert.schedules[0].id);
    await makeHeldReservation(db, { userId: user.id, seat, heldUntil: now });

    const justBefore = await getAdminSeatMap(db, seat.scheduleId, new Date(now.getTime() - 1));
    const atTheEnd = await getAdminSeatMap(db, seat.scheduleId, now);

    expect(justBefore[0]).toMatchObject({ status: 'HELD', holder: { email: user.email } });
    expect(atTheEnd[0]).toMatchObject({ status: 'AVAILABLE', holder: null, heldUntil: null });
  });

  test('shows dates that have begun, and an unknown date is NOT_FOUND', async () => {
    const now = new Date();
    const concert = await makeConcert(db, { dates: [new Date(now.getTime() - 86_400_000)], seats: 2 });

    expect(await getAdminSeatMap(db, concert.schedules[0].id, now)).toHaveLength(2);
    await expect(getAdminSeatMap(db, '00000000-0000-4000-8000-000000000000', now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
