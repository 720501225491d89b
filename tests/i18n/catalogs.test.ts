/**
 * The two catalogs (lib/i18n/messages) are complete and agree: the same keys, no empty message,
 * the same ICU arguments in both languages, every message formats, and every key the code uses
 * is in them (docs/i18n.md).
 */
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, test } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import ko from '@/lib/i18n/messages/ko.json';
import { isKnown, keyUses, leafPaths, readSource, sourceFiles } from './message-usage';

const CATALOGS = { ko, en } as const;
const ROOT = path.resolve(import.meta.dirname, '../..');

const valueAt = (messages: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);

/** An ICU message's arguments and their kinds: { count: 'plural', name: 'argument', b: 'tag' }. */
function argumentsOf(message: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found[element.value] = TYPE[element.type];
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return found;
}

/** The words of a message without its ICU syntax: what a reader sees around the arguments. */
function literalTextOf(message: string): string {
  const walk = (elements: MessageFormatElement[]): string =>
    elements
      .map((element) =>
        element.type === TYPE.literal
          ? element.value
          : element.type === TYPE.plural || element.type === TYPE.select
            ? Object.values(element.options)
                .map((option) => walk(option.value))
                .join(' ')
            : element.type === TYPE.tag
              ? walk(element.children)
              : '',
      )
      .join('');
  return walk(parse(message));
}

function sampleValues(args: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(args).map(([name, kind]) => [
      name,
      kind === 'tag'
        ? (chunks: React.ReactNode) => chunks
        : kind === 'date' || kind === 'time'
          ? new Date('2026-12-20T10:30:00Z')
          : kind === 'select'
            ? 'other'
            : kind === 'argument'
              ? 'text'
              : 2,
    ]),
  );
}

describe('message catalogs', () => {
  const koKeys = leafPaths(ko);
  const enKeys = leafPaths(en);

  test('Korean and English have the same keys', () => {
    expect(
      koKeys.filter((key) => !enKeys.includes(key)),
      'in ko.json, missing from en.json',
    ).toEqual([]);
    expect(
      enKeys.filter((key) => !koKeys.includes(key)),
      'in en.json, missing from ko.json',
    ).toEqual([]);
  });

  test('no message is empty or left untranslated as a placeholder', () => {
    for (const [locale, messages] of Object.entries(CATALOGS)) {
      for (const key of leafPaths(messages)) {
        const value = valueAt(messages, key);
        expect(typeof value === 'string' && value.trim() !== '', `${locale}: ${key}`).toBe(true);
        expect(value, `${locale}: ${key}`).not.toMatch(/\b(TODO|FIXME|XXX)\b/);
      }
    }
  });

  test('each message has the same ICU arguments in both languages, and formats without error', () => {
    const problems: string[] = [];
    for (const key of koKeys.filter((k) => enKeys.includes(k))) {
      const args = { ko: argumentsOf(valueAt(ko, key) as string), en: argumentsOf(valueAt(en, key) as string) };
      // The names must agree, and the kinds may differ (Korean counts with {n, number} where English
      // needs {n, plural}); an argument only one language uses must be grammar (plural, select),
      // which Korean often does without.
      const grammar = (kind: string | undefined) => kind === 'plural' || kind === 'select';
      const names = new Set([...Object.keys(args.ko), ...Object.keys(args.en)]);
      for (const name of names)
        if (!(name in args.ko && name in args.en) && !grammar(args.ko[name] ?? args.en[name]))
          problems.push(
            `${key}: {${name}} is in one language only (ko ${JSON.stringify(args.ko)}, en ${JSON.stringify(args.en)})`,
          );
      for (const locale of ['ko', 'en'] as const) {
        const t = createTranslator({
          locale,
          messages: CATALOGS[locale],
          timeZone: 'Asia/Seoul',
          onError: (error) => problems.push(`${locale}: ${key}: ${error.message}`),
        });
        // The key is a runtime string here; the types check the code's keys.
        (t as unknown as { rich: (key: string, values: object) => unknown }).rich(key, sampleValues(args[locale]));
      }
    }
    expect(problems).toEqual([]);
  });

  test('the Korean catalog is Korean: every message with letters has Hangul or is a name', () => {
    // Proper names and codes read the same in both languages.
    const SAME_IN_BOTH = new Set(leafPaths(ko).filter((key) => valueAt(ko, key) === valueAt(en, key)));
    const latinOnly = leafPaths(ko).filter((key) => {
      const value = literalTextOf(valueAt(ko, key) as string);
      return /\p{L}{3,}/u.test(value) && !/\p{Script=Hangul}/u.test(value) && !SAME_IN_BOTH.has(key);
    });
    expect(latinOnly).toEqual([]);
  });

  test('every key the code names is in both catalogs', () => {
    const leaves = { ko: new Set(koKeys), en: new Set(enKeys) };
    const uses = sourceFiles(ROOT, ['app', 'components', 'lib']).flatMap((file) =>
      keyUses(path.relative(ROOT, file), readSource(file)),
    );
    expect(uses.length).toBeGreaterThan(10);
    const missing = uses.filter((use) => !isKnown(use, leaves.ko) || !isKnown(use, leaves.en));
    expect(missing.map((use) => `${use.file}: ${use.key}${use.prefix ? '…' : ''}`)).toEqual([]);
  });

  test('the usage check sees a missing key (it can fail)', () => {
    const source = `
      const t = useTranslations('layout');
      const p = await getTranslations({ locale, namespace: 'preferences' });
      t('signIn'); t('noSuchKey'); p(\`themes.\${x}\`); p(\`nothing.\${x}\`); t.rich('signUp', {});`;
    const uses = keyUses('example.tsx', source);
    expect(uses.map((use) => use.key)).toEqual([
      'layout.noSuchKey',
      'layout.signIn',
      'layout.signUp',
      'preferences.nothing.',
      'preferences.themes.',
    ]);
    const leaves = new Set(koKeys);
    expect(uses.filter((use) => !isKnown(use, leaves)).map((use) => use.key)).toEqual([
      'layout.noSuchKey',
      'preferences.nothing.',
    ]);
    // Two functions of one file, each with its own `t`.
    const twice = `const t = useTranslations('meta'); t('title');\n const t = useTranslations('layout'); t('signIn');`;
    expect(keyUses('example.tsx', twice).map((use) => use.key)).toEqual(['layout.signIn', 'meta.title']);
  });
});
