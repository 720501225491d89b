import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: ['node_modules/**', '.next/**', '.data/**', 'lib/db/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // The domain never depends on the web framework or the HTTP edge.
    files: ['lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['next', 'next/*', 'react', 'react-dom', '@/lib/http/*', '@/lib/auth/*', '@/app/*', '@/components/*'], message: 'lib/core is plain TypeScript: no next, react, lib/http or lib/auth.' }] },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/db/*', '@/lib/core/*', '@/lib/http/*'], message: 'Components talk to the API through lib/query.' }] },
      ],
    },
  },
];

export default config;
