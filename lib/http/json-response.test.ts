import { describe, expect, test } from 'vitest';
import { json, JsonResponse, problem } from './problem';

describe('JsonResponse', () => {
  test('keeps its text for the dispatcher, with status and headers, and makes no body until read', async () => {
    const answer = json({ won: 50_000, note: '좌석' }, 201, { 'x-extra': 'yes' }) as JsonResponse;
    expect(answer).toBeInstanceOf(Response);
    expect(answer.encoded).toBe('{"won":50000,"note":"좌석"}');
    expect(answer.status).toBe(201);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.headers.get('x-extra')).toBe('yes');
    expect(answer.bodyUsed).toBe(false);
  });

  test('read the web way (as Next.js and tests do), it is the same answer, read once', async () => {
    const answer = problem('SEAT_UNAVAILABLE', 'Someone else has this seat');
    expect(answer.body).toBeInstanceOf(ReadableStream);
    expect(await answer.json()).toMatchObject({ status: 409, code: 'SEAT_UNAVAILABLE', detail: 'Someone else has this seat' });
    expect(answer.bodyUsed).toBe(true);
    await expect(answer.text()).rejects.toThrow();

    const streamed = json([1, 2, 3]);
    const text = await new Response(streamed.body).text();
    expect(text).toBe('[1,2,3]');
    expect(await json({ a: 1 }).clone().json()).toEqual({ a: 1 });
    expect(new TextDecoder().decode(await json('x').arrayBuffer())).toBe('"x"');
  });
});
