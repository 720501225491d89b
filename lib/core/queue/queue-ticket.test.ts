import { describe, expect, test } from 'vitest';
import { estimateWaitSeconds, pollAfterMs, pollBeforeOpeningMs } from './queue-ticket';
import { effectiveStatus } from './queue-token';

const config = { activeTtlSeconds: 600, idleTimeoutSeconds: 120, defaultActiveLimit: 100 };

describe('poll advice', () => {
  test('polls often near the front and rarely far back', () => {
    expect(pollAfterMs(1, config)).toBe(1_000);
    expect(pollAfterMs(40, config)).toBe(2_000);
    expect(pollAfterMs(400, config)).toBe(4_000);
    expect(pollAfterMs(100_000, config)).toBe(15_000);
  });

  test('never waits so long that the token goes idle', () => {
    expect(pollAfterMs(100_000, { ...config, idleTimeoutSeconds: 20 })).toBe(5_000);
  });
});

describe('poll advice before the opening', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const inSeconds = (s: number) => new Date(now.getTime() + s * 1000);

  test('asks again when sales open, at least every 15 s, at most every second', () => {
    expect(pollBeforeOpeningMs(inSeconds(3600), config, now)).toBe(15_000);
    expect(pollBeforeOpeningMs(inSeconds(7), config, now)).toBe(7_000);
    expect(pollBeforeOpeningMs(inSeconds(0.2), config, now)).toBe(1_000);
    // Open but not drawn yet: the draw follows within a second.
    expect(pollBeforeOpeningMs(inSeconds(-2), config, now)).toBe(1_000);
  });

  test('never so rarely that the place goes idle', () => {
    expect(pollBeforeOpeningMs(inSeconds(3600), { ...config, idleTimeoutSeconds: 20 }, now)).toBe(5_000);
  });
});

describe('estimated wait', () => {
  test('follows the observed admission rate', () => {
    expect(estimateWaitSeconds(100, 2, 10, config)).toBe(50);
  });

  test('is never slower than every slot turning over once per TTL', () => {
    // No admissions seen yet: 10 slots each free within 600 s, so 60 s per slot.
    expect(estimateWaitSeconds(5, 0, 10, config)).toBe(300);
  });
});

describe('a token at a given time', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const ago = (s: number) => new Date(now.getTime() - s * 1000);
  const ahead = (s: number) => new Date(now.getTime() + s * 1000);

  test('ACTIVE until its pass ends, EXPIRED from that instant', () => {
    expect(effectiveStatus({ status: 'ACTIVE', activeUntil: ahead(1), lastSeenAt: ago(900) }, config, now)).toBe('ACTIVE');
    expect(effectiveStatus({ status: 'ACTIVE', activeUntil: now, lastSeenAt: ago(1) }, config, now)).toBe('EXPIRED');
  });

  test('WAITING while polled, EXPIRED after the idle timeout', () => {
    expect(effectiveStatus({ status: 'WAITING', activeUntil: null, lastSeenAt: ago(119) }, config, now)).toBe('WAITING');
    expect(effectiveStatus({ status: 'WAITING', activeUntil: null, lastSeenAt: ago(120) }, config, now)).toBe('EXPIRED');
  });
});
