import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// app/globals.css gives each colour token a light value (@theme) and a dark one, twice: for an
// explicit dark choice and for "system" on a dark device. The three lists must name the same tokens.
const css = readFileSync(path.resolve(import.meta.dirname, '../../app/globals.css'), 'utf8');

function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
}

function blockAfter(marker: string, from = 0): string {
  const start = css.indexOf('{', css.indexOf(marker, from)) + 1;
  return css.slice(start, css.indexOf('}', start));
}

describe('colour tokens', () => {
  const light = declarations(blockAfter('@theme', css.indexOf('Colour tokens')));
  const dark = declarations(blockAfter(":root[data-theme='dark']"));
  const system = declarations(blockAfter(':root:not([data-theme])'));

  test('every token has a dark value, the same for an explicit choice and for the device', () => {
    expect(Object.keys(light).length).toBeGreaterThan(20);
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    expect(system).toEqual(dark);
  });

  test('the dark values differ from the light ones where the surface or the text is concerned', () => {
    for (const token of ['--color-page', '--color-surface', '--color-fg', '--color-fg-muted', '--color-line'])
      expect(dark[token], token).not.toBe(light[token]);
  });
});
