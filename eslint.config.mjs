import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const root = import.meta.dirname;

/**
 * Who may import what (ARCHITECTURE.md, "Who may import what"): for each folder, the folders it
 * must not import and why. `import/no-restricted-paths` compares resolved files, so `@/lib/...`
 * and `../../lib/...` are caught alike, type-only imports included. Tests (*.test.ts) may cross
 * any line. tests/lint-boundaries.test.ts shows every rule failing on a wrong import.
 */
const LIB = [
  'lib/auth',
  'lib/config',
  'lib/core',
  'lib/db',
  'lib/http',
  'lib/i18n',
  'lib/log',
  'lib/openapi',
  'lib/query',
  'lib/schemas',
  'lib/server',
  'lib/testing',
];
const libBut = (...allowed) => LIB.filter((folder) => !allowed.includes(folder));
// The one way into lib/core for lib/schemas and lib/config: constants of the domain's rules,
// in files named *-rules.ts that import nothing at run time.
const RULES = `${root}/lib/core/**/*-rules.ts`;

const BOUNDARIES = [
  {
    folder: 'lib/core',
    forbidden: [
      'lib/http',
      'lib/server',
      'lib/query',
      'lib/config',
      'lib/log',
      'lib/auth',
      'lib/openapi',
      'lib/testing',
      'app',
      'components',
    ],
    why: 'lib/core is the domain: plain TypeScript that gets the database, its input and the time from its caller (and reports through callbacks, not a logger).',
  },
  {
    folder: 'lib/db',
    forbidden: [...libBut('lib/db', 'lib/config'), 'app', 'components'],
    why: 'lib/db is the bottom layer (the Prisma client, the database process): it knows no domain.',
  },
  {
    folder: 'lib/schemas',
    forbidden: [...libBut('lib/schemas'), 'app', 'components'],
    rulesFromCore: true,
    why: 'lib/schemas is shared by pages, components and handlers: zod, and from lib/core only lib/core/**/*-rules.ts.',
  },
  {
    folder: 'lib/config',
    forbidden: [...libBut('lib/config'), 'app', 'components'],
    rulesFromCore: true,
    why: 'lib/config reads the environment; from lib/core it may use lib/core/**/*-rules.ts only.',
  },
  {
    folder: 'lib/log',
    forbidden: [...libBut('lib/log', 'lib/config'), 'app', 'components'],
    why: 'lib/log is the structured log of the server side: it reads its level from lib/config and knows nothing else.',
  },
  {
    folder: 'lib/query',
    forbidden: [...libBut('lib/query', 'lib/schemas'), 'app', 'components'],
    why: 'lib/query runs in the browser: it reaches data over HTTP, with the shapes of lib/schemas.',
  },
  {
    folder: 'components',
    forbidden: [...libBut('lib/query', 'lib/schemas'), 'app'],
    why: 'Components get data as props from app/ or through lib/query and lib/schemas, never from the server side.',
  },
  {
    folder: 'lib/format',
    forbidden: [...LIB, 'app', 'components'],
    why: 'lib/format is pure formatting for pages and components.',
  },
  {
    folder: 'lib/i18n',
    forbidden: [...libBut('lib/i18n', 'lib/auth', 'lib/schemas'), 'app', 'components'],
    why: "lib/i18n is next-intl's configuration for the pages: it reads the session and the account through lib/auth, and the locales from lib/schemas. Components use next-intl itself.",
  },
  {
    folder: 'lib/http',
    forbidden: ['lib/query', 'lib/openapi', 'lib/testing', 'app', 'components'],
    why: 'lib/http is the route wrapper between app/api and lib/core.',
  },
  {
    folder: 'lib/http',
    forbidden: ['lib/server'],
    allowed: ['./queue.ts'],
    why: 'lib/http may use the process queue store (lib/server/queue.ts), nothing else of lib/server.',
  },
  {
    folder: 'lib/auth',
    forbidden: ['lib/http', 'lib/server', 'lib/query', 'lib/openapi', 'lib/testing', 'app', 'components'],
    why: 'lib/auth reads sessions for lib/http and the pages: it knows no route wrapper and no server.',
  },
  {
    folder: 'lib/server',
    forbidden: ['lib/query', 'lib/openapi', 'lib/testing', 'app', 'components'],
    why: 'lib/server is the production HTTP server: scripts/worker.ts hands it the routes.',
  },
  {
    folder: 'lib/openapi',
    forbidden: ['lib/db', 'lib/auth', 'lib/server', 'lib/query', 'lib/testing', 'app', 'components'],
    why: 'lib/openapi builds the document from the route specs it is given.',
  },
  {
    folder: 'app',
    forbidden: ['lib/testing'],
    why: 'lib/testing is for tests and Playwright only.',
  },
];

const zones = BOUNDARIES.flatMap(({ folder, forbidden, allowed, rulesFromCore, why }) =>
  forbidden.map((from) =>
    from === 'lib/core' && rulesFromCore
      ? { target: folder, from: `${root}/lib/core/**/*`, except: [RULES], message: why }
      : { target: folder, from, ...(allowed ? { except: allowed } : {}), message: why },
  ),
);

/**
 * Packages. scripts/worker.ts loads the API routes, and everything they import, under plain
 * Node (tsx), outside Next.js: next/* has no request there, and 'server-only' throws on import.
 * So only page-side modules that no route and no test loads may mark themselves 'server-only'.
 */
const FRAMEWORK = ['next', 'next/*', 'next-auth', 'next-auth/*', 'react', 'react/*', 'react-dom', 'react-dom/*'];
const SERVER_ONLY_WHY =
  "'server-only' throws under plain Node: the API dispatcher and the tests load this folder (ARCHITECTURE.md).";
const restrictPackages = (files, group, message, ignores = []) => ({
  files,
  ignores: ['**/*.test.ts', ...ignores],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      'lib/db/generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: { 'import/no-restricted-paths': ['error', { basePath: root, zones }] },
  },
  // The file sets below do not overlap: a later no-restricted-imports would replace an earlier one.
  restrictPackages(
    ['lib/core/**/*.ts'],
    [...FRAMEWORK, 'server-only'],
    'lib/core is plain TypeScript: no next, next-auth, react or server-only.',
  ),
  restrictPackages(
    ['lib/{db,http,server,config,schemas}/**/*.{ts,js}'],
    [...FRAMEWORK, 'server-only'],
    'This folder runs outside Next.js too (the API dispatcher, scripts, the browser for lib/schemas): no next, next-auth, react or server-only.',
  ),
  restrictPackages(
    ['lib/{auth,openapi,query,testing,format}/**/*.{ts,tsx}', 'app/api/**/*.ts'],
    ['server-only'],
    SERVER_ONLY_WHY,
    // Read by server components only (next/headers): no route and no test imports it.
    ['lib/auth/page-session.ts'],
  ),
];

export default config;
