import { describe, expect, test, vi } from 'vitest';
import { prepared } from './sql';

describe('prepared statements', () => {
  test('one text always gets one name, and two texts two names', () => {
    const first = prepared('SELECT 1 AS one WHERE $1::int > 0', [1]);
    const again = prepared('SELECT 1 AS one WHERE $1::int > 0', [2]);
    const other = prepared('SELECT 2 AS two WHERE $1::int > 0', [1]);
    expect(first.name).toMatch(/^encore_[\w-]{24}$/);
    expect(again).toEqual({ name: first.name, text: first.text, values: [2] });
    expect(other.name).not.toBe(first.name);
  });

  test('another copy of this module (Next.js bundles modules more than once) names a text the same', async () => {
    const name = prepared('SELECT 3 AS three').name;
    vi.resetModules();
    const copy = await import('./sql');
    expect(copy.prepared('SELECT 3 AS three').name).toBe(name);
    expect(copy.prepared('SELECT 4 AS four').name).not.toBe(name);
  });

  test('texts built from data, past a few hundred, go unnamed instead of piling up on every connection', () => {
    const configs = Array.from({ length: 600 }, (_, i) => prepared(`SELECT ${i} AS n`));
    expect(configs.filter((config) => config.name === undefined).length).toBeGreaterThan(0);
    expect(new Set(configs.map((config) => config.name).filter(Boolean)).size).toBeLessThanOrEqual(500);
  });
});
