/**
 * No text for people is written in a component or a page: it all comes from the catalogs
 * (docs/i18n.md). What counts as such text: tests/i18n/literal-text.ts.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findLiteralText } from './literal-text';
import { readSource, sourceFiles } from './message-usage';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('literal text', () => {
  const files = sourceFiles(ROOT, ['app', 'components'])
    .map((file) => path.relative(ROOT, file))
    .filter((file) => !file.startsWith('app/api/'));

  test('no component or page holds text for people', () => {
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      findLiteralText(file, readSource(path.join(ROOT, file))).map((f) => `${file}:${f.line} ${f.why}: ${f.text}`),
    );
    expect(found).toEqual([]);
  });

  test('the check finds each kind of literal text, and lets keys, classes and technical values through', () => {
    const source = `
      'use client';
      import { thing } from 'some package';
      const STEPS = [{ label: 'Wallet' }, { href: '/wallet', key: 'wallet.title' }];
      export const metadata = { title: 'Sign in' };
      export function Example({ open }: { open: boolean }) {
        const t = useTranslations('layout');
        const [error, setError] = useState<string | null>(null);
        if (open === 'NOT A SENTENCE') throw new Error('Something for developers only');
        return (
          <div className="flex items-center gap-2" role="status" aria-live="polite" data-testid="x">
            Welcome back
            <input aria-label="Email address" placeholder={t('signIn')} type="email" />
            <Field label="Password" hint={t('signUp')} />
            <button onClick={() => setError('Wrong email or password.')}>{open ? 'Close' : t('signOut')}</button>
            <p title={\`Seat \${3}\`}>{'좌석'}</p>
            <span>{t('signIn')} · {error}</span>
          </div>
        );
      }`;
    expect(findLiteralText('example.tsx', source).map((f) => `${f.line} ${f.why}: ${f.text}`)).toEqual([
      '4 property label: Wallet',
      '5 property title: Sign in',
      '12 JSX text: Welcome back',
      '13 attribute aria-label: Email address',
      '14 attribute label: Password',
      '15 sentence: Wrong email or password.',
      '15 rendered literal: Close',
      '16 attribute title: Seat',
      '16 rendered literal: 좌석',
    ]);
  });
});
