import { describe, expect, test } from 'vitest';
import { saleFieldsToBody } from '@/lib/schemas/concert-sale-form';
import { CreateConcertBody } from '@/lib/schemas/admin';
import { UpdateConcertBody } from '@/lib/schemas/concerts';

describe("the console's sale fields", () => {
  test('send the opening as Seoul time in UTC and the limit as a number; empty fields are left out', () => {
    expect(saleFieldsToBody({ salesOpenAtLocal: '2027-03-01T20:00', maxTicketsPerUser: '2' })).toEqual({
      salesOpenAt: '2027-03-01T11:00:00.000Z',
      maxTicketsPerUser: 2,
    });
    expect(saleFieldsToBody({ salesOpenAtLocal: ' ', maxTicketsPerUser: '' })).toEqual({});
    // Not a number: sent as null, for the API to say what it expects.
    expect(saleFieldsToBody({ salesOpenAtLocal: '', maxTicketsPerUser: 'four' })).toEqual({ maxTicketsPerUser: null });
  });

  test('the API takes an opening with a zone and a limit of 1 to 10, and a change needs at least one field', () => {
    const base = {
      title: 'T',
      artist: 'A',
      venue: 'V',
      schedules: [{ startsAt: '2027-03-02T10:00:00Z', seatCount: 10, price: 50_000 }],
    };
    expect(CreateConcertBody.parse({ ...base, salesOpenAt: '2027-03-01T11:00:00Z' }).salesOpenAt).toEqual(
      new Date('2027-03-01T11:00:00Z'),
    );
    expect(CreateConcertBody.safeParse({ ...base, salesOpenAt: '2027-03-01 20:00' }).success).toBe(false);
    expect(CreateConcertBody.safeParse({ ...base, maxTicketsPerUser: 11 }).success).toBe(false);
    expect(CreateConcertBody.safeParse({ ...base, maxTicketsPerUser: 0 }).success).toBe(false);
    expect(UpdateConcertBody.safeParse({}).success).toBe(false);
    expect(UpdateConcertBody.parse({ maxTicketsPerUser: 10 })).toEqual({ maxTicketsPerUser: 10 });
  });
});
