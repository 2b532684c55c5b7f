// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/schemas/*.json', 'bench/results'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The engine is framework-free and deterministic (ARCHITECTURE §2).
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-*', 'zustand', 'zustand/*', '@xstate/react', '@xyflow/*', 'monaco-editor', 'monaco-*'],
          message: 'the engine stays framework-free; put adapters in src/state or src/ui' },
        { group: ['**/state/**', '**/ui/**', '**/app/**', '**/cli/**'], message: 'the engine is the bottom layer' },
      ] }],
      'no-restricted-globals': ['error',
        { name: 'setTimeout', message: 'schedule on the simulation agenda instead' },
        { name: 'setInterval', message: 'schedule on the simulation agenda instead' },
        { name: 'performance', message: 'engine time is simulated time' },
        { name: 'window', message: 'the engine runs in Node and workers too' },
        { name: 'document', message: 'the engine runs in Node and workers too' },
        { name: 'crypto', message: 'use the seeded random source' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'use the seeded random source' },
        { object: 'Date', property: 'now', message: 'engine time is simulated time' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'engine time is simulated time' }],
    },
  },
  {
    // Every layer above the engine sees only its public API (src/engine/index.ts, ARCHITECTURE §3);
    // tests may go deeper. `engine/*` (not `engine/*/**`) so that one-segment paths such as
    // `@/engine/runtime` (a folder's index under bundler resolution) are caught too.
    files: ['src/{state,ui,scenarios,cli,app,i18n,lessons}/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/engine/*', '!**/engine/index', '@/engine/*', '!@/engine/index'], message: 'import the engine through its index only (@/engine)' },
      ] }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='only']", message: 'no focused tests' }] },
  },
);
