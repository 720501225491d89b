import { describe, expect, test } from 'vitest';
import { fieldErrorsOf, messageKey } from '@/components/admin/plain-errors';
import { ApiError } from '@/lib/query/api-fetch';
import { concertFormToBody, isoToSeoulLocal, seoulLocalToIso } from '@/lib/schemas/admin-console';
import { CreateConcertBody } from '@/lib/schemas/admin';

describe('the new-concert form', () => {
  test('reads start times as Seoul wall-clock time and sends UTC', () => {
    expect(seoulLocalToIso('2027-03-01T19:30')).toBe('2027-03-01T10:30:00.000Z');
    // Just after midnight in Seoul is the previous day in UTC.
    expect(seoulLocalToIso('2027-01-01T00:15')).toBe('2026-12-31T15:15:00.000Z');
    expect(isoToSeoulLocal('2027-03-01T10:30:00.000Z')).toBe('2027-03-01T19:30');
    // Anything else goes as typed, for the API to refuse in its own words.
    expect(seoulLocalToIso('')).toBe('');
    expect(seoulLocalToIso('2027-13-45T99:99')).toBe('2027-13-45T99:99');
  });

  test('builds a body the API accepts from what was typed', () => {
    const body = concertFormToBody({
      title: 'Spring Nights',
      artist: 'The Testers',
      venue: 'Hall',
      description: '  ',
      dates: [
        {
          startsAtLocal: '2027-03-01T19:30',
          rows: [
            { grade: ' VIP ', price: '88000', seats: '10' },
            { grade: '', price: '66000', seats: '12' },
          ],
        },
      ],
    });
    expect(body).toEqual({
      title: 'Spring Nights',
      artist: 'The Testers',
      venue: 'Hall',
      // A grade left empty is left out: those seats have no grade.
      schedules: [
        {
          startsAt: '2027-03-01T10:30:00.000Z',
          rows: [
            { grade: 'VIP', price: 88_000, seats: 10 },
            { price: 66_000, seats: 12 },
          ],
        },
      ],
    });
    expect(CreateConcertBody.safeParse(body).success).toBe(true);
  });

  test('sends empty or unreadable numbers as null, which the API refuses per field', () => {
    const body = concertFormToBody({
      title: 'x',
      artist: 'x',
      venue: 'x',
      description: '',
      dates: [{ startsAtLocal: '', rows: [{ grade: '', price: 'lots', seats: '' }] }],
    });
    const result = CreateConcertBody.safeParse(body);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['schedules.0.startsAt', 'schedules.0.rows.0.price', 'schedules.0.rows.0.seats']),
    );
  });
});

describe('validation messages in plain words', () => {
  // The words themselves are the catalogs' (admin.errors); tests/i18n/admin-errors.test.ts has more.
  test("recognises zod's built-in messages and the schemas' own", () => {
    expect(messageKey('Too small: expected number to be >=1')).toEqual({ key: 'atLeast', values: { min: 1 } });
    expect(messageKey('Too big: expected number to be <=10000000')).toEqual({ key: 'atMost', values: { max: 10_000_000 } });
    expect(messageKey('Invalid input: expected number, received null')).toEqual({ key: 'number' });
    expect(messageKey('Expected an ISO-8601 date and time with a time zone')).toEqual({ key: 'dateTime' });
    expect(messageKey('Enter the title')).toEqual({ key: 'required' });
  });

  test('maps a 400 answer to its fields, first message per field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { path: 'schedules.1.price', message: 'Too small: expected number to be >=1' },
      { path: 'schedules.1.price', message: 'Expected a whole number of won' },
      { path: 'title', message: 'Enter the title' },
    ]);
    const say = (message: string) => messageKey(message).key;
    expect(fieldErrorsOf(error, say)).toEqual({ 'schedules.1.price': 'atLeast', title: 'required' });
    expect(fieldErrorsOf(new ApiError(409, 'SEAT_UNAVAILABLE', 'taken'), say)).toEqual({});
  });
});
