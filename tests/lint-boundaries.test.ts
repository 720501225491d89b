/**
 * The import boundaries of ARCHITECTURE.md ("Who may import what") are lint rules in
 * eslint.config.mjs. Each case lints a small snippet as if it were a file in the folder named and
 * expects the rules to refuse it or to let it through, so the cases double as examples of the
 * table. A last test loads the API routes under plain Node, as scripts/worker.ts does, which
 * fails if anything they import marks itself 'server-only'.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BOUNDARY_RULES = new Set(['import/no-restricted-paths', 'no-restricted-imports']);

const eslint = new ESLint({ cwd: ROOT });

/** The boundary rules' complaints about `code` as the file `file` (relative to the repo). */
async function complaints(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId && BOUNDARY_RULES.has(m.ruleId)).map((m) => m.message);
}

const importing = (specifier: string) => `import { thing } from '${specifier}';\nexport const used = thing;\n`;
const importingType = (specifier: string) => `import type { Thing } from '${specifier}';\nexport type Used = Thing;\n`;
const marking = (specifier: string) => `import '${specifier}';\nexport const marked = true;\n`;

// [the file, what it imports, the snippet]
const REFUSED: [string, string, string][] = [
  ['lib/core/booking/example.ts', 'lib/http', importing('@/lib/http/problem')],
  ['lib/core/booking/example.ts', 'lib/http by a relative path', importing('../../http/problem')],
  ['lib/core/booking/example.ts', 'a type from lib/http', importingType('@/lib/http/route')],
  ['lib/core/booking/example.ts', 'lib/server', importing('@/lib/server/queue')],
  ['lib/core/booking/example.ts', 'lib/query', importing('@/lib/query/keys')],
  ['lib/core/booking/example.ts', 'lib/config', importing('@/lib/config/env')],
  ['lib/core/booking/example.ts', 'lib/log', importing('@/lib/log/logger')],
  ['lib/core/booking/example.ts', 'lib/auth', importing('@/lib/auth/session')],
  ['lib/core/booking/example.ts', 'next/*', importing('next/headers')],
  ['lib/core/booking/example.ts', 'react', importing('react')],
  ['lib/db/example.ts', 'lib/core', importing('@/lib/core/errors')],
  ['lib/db/example.ts', 'lib/core rules', importing('@/lib/core/booking/booking-rules')],
  ['components/booking/example.tsx', 'lib/db', importing('@/lib/db/client')],
  ['components/booking/example.tsx', 'lib/core', importing('@/lib/core/booking/hold-seat')],
  ['components/booking/example.tsx', 'lib/core rules', importing('@/lib/core/booking/booking-rules')],
  ['components/booking/example.tsx', 'a type from lib/core', importingType('@/lib/core/booking/reservation-view')],
  ['components/layout/example.tsx', 'lib/auth', importing('@/lib/auth/page-session')],
  ['components/booking/example.tsx', 'lib/server', importing('@/lib/server/queue')],
  ['components/booking/example.tsx', 'lib/http', importing('@/lib/http/problem')],
  ['components/booking/example.tsx', 'lib/config', importing('@/lib/config/env')],
  ['lib/query/example.ts', 'lib/core', importing('@/lib/core/errors')],
  ['lib/query/example.ts', 'lib/db', importing('@/lib/db/client')],
  ['lib/schemas/example.ts', 'a lib/core use case', importing('@/lib/core/booking/hold-seat')],
  ['lib/schemas/example.ts', 'lib/db', importing('@/lib/db/client')],
  ['lib/schemas/example.ts', 'next/*', importing('next/server')],
  ['lib/http/example.ts', 'lib/server beyond its queue store', importing('@/lib/server/ticker')],
  ['lib/http/example.ts', 'lib/query', importing('@/lib/query/keys')],
  ['lib/format/example.ts', 'lib/db', importing('@/lib/db/client')],
  [
    'components/layout/example.tsx',
    'lib/i18n (the pages read it; components use next-intl)',
    importing('@/lib/i18n/preferences'),
  ],
  ['lib/i18n/example.ts', 'lib/db', importing('@/lib/db/client')],
  ['lib/i18n/example.ts', 'lib/http', importing('@/lib/http/problem')],
  ['app/concerts/example.tsx', 'lib/testing', importing('@/lib/testing/factories')],
  ['app/api/v1/example/route.ts', "'server-only' (the dispatcher loads it)", marking('server-only')],
  ['lib/auth/session.ts', "'server-only' (the dispatcher loads it)", marking('server-only')],
  ['lib/db/client.ts', "'server-only' (the dispatcher loads it)", marking('server-only')],
];

const ALLOWED: [string, string, string][] = [
  ['lib/core/booking/example.ts', 'lib/db', importing('@/lib/db/client')],
  ['lib/core/booking/example.ts', 'a type from lib/schemas', importingType('@/lib/schemas/booking')],
  ['lib/core/booking/example.test.ts', 'lib/testing (tests cross any line)', importing('@/lib/testing/factories')],
  ['lib/db/example.ts', 'lib/config', importing('@/lib/config/env')],
  ['lib/schemas/example.ts', 'a rule constant of lib/core', importing('@/lib/core/booking/booking-rules')],
  ['lib/config/example.ts', 'a rule of lib/core', importing('@/lib/core/rate-limit/rate-limit-rules')],
  ['components/booking/example.tsx', 'lib/query', importing('@/lib/query/booking')],
  ['components/booking/example.tsx', 'lib/schemas', importing('@/lib/schemas/booking')],
  ['components/booking/example.tsx', 'lib/format', importing('@/lib/format/format')],
  ['lib/http/example.ts', 'the process queue store', importing('@/lib/server/queue')],
  ['lib/http/example.ts', 'lib/auth', importing('@/lib/auth/session')],
  ['app/concerts/example.tsx', 'lib/core (server pages call the domain)', importing('@/lib/core/concerts/list-concerts')],
  ['app/concerts/example.tsx', 'lib/auth/page-session', importing('@/lib/auth/page-session')],
  ['app/concerts/example.ts', "'server-only'", marking('server-only')],
  ['app/example.tsx', 'lib/i18n', importing('@/lib/i18n/preferences')],
  ['lib/i18n/example.ts', 'lib/auth', importing('@/lib/auth/page-session')],
  ['lib/i18n/example.ts', "'server-only'", marking('server-only')],
  ['lib/auth/page-session.ts', "'server-only'", marking('server-only')],
];

describe('the import boundaries', () => {
  test.each(REFUSED)('%s may not import %s', async (file, _what, code) => {
    expect(await complaints(file, code)).not.toEqual([]);
  });

  test.each(ALLOWED)('%s may import %s', async (file, _what, code) => {
    expect(await complaints(file, code)).toEqual([]);
  });

  test('the message says why', async () => {
    const [message] = await complaints('components/layout/example.tsx', importing('@/lib/auth/page-session'));
    expect(message).toMatch(/Components get data as props/);
  });
});

describe("'server-only'", () => {
  test('the API routes load under plain Node, as scripts/worker.ts loads them', async () => {
    const script = "const { API_ROUTES } = await import('./app/api/v1/openapi.json/routes.ts'); console.log(API_ROUTES.length);";
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      // Loading must not connect: this database does not exist.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
        AUTH_SECRET: 'x'.repeat(40),
      },
      timeout: 60_000,
    });
    expect(Number(stdout.trim())).toBeGreaterThan(20);
  });
});
