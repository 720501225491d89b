import { describe, expect, test } from 'vitest';
import { getSalesTotals } from '@/lib/core/admin/get-sales-totals';
import { makeConcert, makeUser, makeUsers } from '@/lib/testing/factories';
import { openTestDb } from '@/lib/testing/test-db';
import { makeHeldReservation } from '@/lib/testing/booking-factories';
import { pastReservation, seatsOf, sellDirect } from './sale-fixtures';

const db = openTestDb(5);

describe('sales totals', () => {
  test('count seats sold, revenue and live holds per date and per concert', async () => {
    const now = new Date('2027-03-01T00:00:00.000Z');
    const concert = await makeConcert(db, {
      dates: [new Date('2027-04-02T10:00:00Z'), new Date('2027-04-01T10:00:00Z')],
      seats: 5,
      price: 55_000,
    });
    const [first, second] = concert.schedules; // earliest first
    const [ana, ben] = await Promise.all([makeUser(db), makeUser(db)]);
    const firstSeats = await seatsOf(db, first.id);
    const secondSeats = await seatsOf(db, second.id);

    await sellDirect(db, ana.id, firstSeats[0], now);
    await sellDirect(db, ben.id, firstSeats[1], now);
    await makeHeldReservation(db, { userId: ana.id, seat: firstSeats[2], heldUntil: new Date(now.getTime() + 60_000) });
    // Past its time: neither held nor sold, sweeper or not.
    await makeHeldReservation(db, { userId: ben.id, seat: firstSeats[3], heldUntil: new Date(now.getTime() - 60_000) });
    await sellDirect(db, ben.id, secondSeats[0], now);
    await pastReservation(db, ana.id, secondSeats[1], 'CANCELLED', now);
    await pastReservation(db, ana.id, secondSeats[2], 'EXPIRED', now);

    const { items, totals } = await getSalesTotals(db, now);
    const mine = items.find((item) => item.concertId === concert.id);

    expect(mine).toEqual({
      concertId: concert.id,
      title: concert.title,
      artist: concert.artist,
      venue: concert.venue,
      totalSeats: 10,
      seatsSold: 3,
      revenue: 165_000,
      held: 1,
      schedules: [
        {
          scheduleId: first.id,
          startsAt: first.startsAt,
          cancelledAt: null,
          totalSeats: 5,
          seatsSold: 2,
          revenue: 110_000,
          held: 1,
        },
        {
          scheduleId: second.id,
          startsAt: second.startsAt,
          cancelledAt: null,
          totalSeats: 5,
          seatsSold: 1,
          revenue: 55_000,
          held: 0,
        },
      ],
    });
    const sum = (key: 'totalSeats' | 'seatsSold' | 'revenue' | 'held') => items.reduce((total, item) => total + item[key], 0);
    expect(totals).toEqual({
      totalSeats: sum('totalSeats'),
      seatsSold: sum('seatsSold'),
      revenue: sum('revenue'),
      held: sum('held'),
    });
  });

  test('lists a concert with nothing sold yet, newest concert first', async () => {
    const older = await makeConcert(db, { seats: 3 });
    const newer = await makeConcert(db, { seats: 4 });

    const { items } = await getSalesTotals(db, new Date());
    const ids = items.map((item) => item.concertId);

    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(items.find((item) => item.concertId === newer.id)).toMatchObject({
      totalSeats: 8,
      seatsSold: 0,
      revenue: 0,
      held: 0,
    });
  });

  test('revenue beyond the range of a 32-bit integer stays exact', async () => {
    const now = new Date();
    const concert = await makeConcert(db, { dates: [new Date(now.getTime() + 86_400_000)], seats: 250, price: 10_000_000 });
    const seats = await seatsOf(db, concert.schedules[0].id);
    const buyers = await makeUsers(db, seats.length);
    // One payment per seat: a Payment's amount is an int, the sum of them is not.
    const payments = await db.payment.createManyAndReturn({
      data: buyers.map((buyer) => ({ userId: buyer.id, amount: 10_000_000 })),
    });
    await db.seat.updateMany({ where: { scheduleId: concert.schedules[0].id }, data: { status: 'SOLD' } });
    await db.reservation.createMany({
      data: seats.map((seat, i) => ({
        userId: buyers[i].id,
        concertId: concert.id,
        scheduleId: seat.scheduleId,
        seatId: seat.id,
        price: seat.price,
        status: 'CONFIRMED' as const,
        heldUntil: now,
        paymentId: payments[i].id,
      })),
    });

    const { items } = await getSalesTotals(db, now);

    expect(items.find((item) => item.concertId === concert.id)).toMatchObject({ seatsSold: 250, revenue: 2_500_000_000 });
  });
});
