import { describe, expect, test } from 'vitest';
import { messageKey } from '@/components/admin/plain-errors';
import { CreateConcertBody } from '@/lib/schemas/admin';
import { UpdateQueueSettingsBody } from '@/lib/schemas/queue';

// The admin console shows the API's validation messages as catalog sentences, never as English.
describe("the console's words for the API's validation messages", () => {
  test("zod's built-in messages and the schemas' own sentences map to catalog keys, with their numbers", () => {
    expect(messageKey('Too small: expected number to be >=1')).toEqual({ key: 'atLeast', values: { min: 1 } });
    expect(messageKey('Too big: expected number to be <=100000')).toEqual({ key: 'atMost', values: { max: 100000 } });
    expect(messageKey('The title has at most 200 characters')).toEqual({ key: 'maxChars', values: { max: 200 } });
    expect(messageKey('Enter the title')).toEqual({ key: 'required' });
    expect(messageKey('Expected a whole number of won')).toEqual({ key: 'wholeNumber' });
    expect(messageKey('Two dates start at the same time')).toEqual({ key: 'sameTime' });
    expect(messageKey('Expected an ISO-8601 date and time with a time zone')).toEqual({ key: 'dateTime' });
    expect(messageKey('Something nobody foresaw')).toEqual({ key: 'invalid' });
  });

  test('every message the concert and queue schemas give for a bad form maps to a sentence of its own', () => {
    const bad = [
      { title: '', artist: 'x'.repeat(201), venue: ' ', schedules: [] },
      { title: 'T', artist: 'A', venue: 'V', schedules: [{ startsAt: 'tomorrow', rows: [{ grade: '', price: 0.5, seats: 0 }] }] },
      { title: 'T', artist: 'A', venue: 'V', schedules: [{ startsAt: '2030-01-01T19:00:00+09:00', rows: [] }] },
    ];
    const messages = bad.flatMap((body) => CreateConcertBody.safeParse(body).error?.issues.map((i) => i.message) ?? []);
    messages.push(...(UpdateQueueSettingsBody.safeParse({ activeLimit: 0 }).error?.issues.map((i) => i.message) ?? []));
    expect(messages.length).toBeGreaterThan(6);
    expect(messages.filter((message) => messageKey(message).key === 'invalid')).toEqual([]);
  });
});
