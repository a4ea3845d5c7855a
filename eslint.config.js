import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { boundariesPlugin } from './tools/eslint-boundaries.js';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', '.bench', 'samples'] },
  { ignores: ['dist-cli'] }, // check-data's build output (scripts/buildCli.mjs)
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { boundaries: boundariesPlugin },
    rules: {
      'boundaries/imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML; the CSP and our users depend on it.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches main only through renderer/ipc/client.ts.' },
          ],
        },
      ],
    },
  },
  {
    // Main-process services are plain TypeScript, runnable in Node; only adapters/, window.ts, index.ts,
    // appProtocol glue and ipc/register.ts may touch Electron.
    files: [
      'electron/main/services/**/*.ts',
      'electron/main/ipc/router.ts',
      'electron/main/ipc/handlers/**/*.ts',
      'shared/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Keep Electron out of services and shared code; add an adapter.' },
          ],
        },
      ],
    },
  },
  {
    // Plain Node scripts (build, start, fuses hook, dev tools).
    files: ['**/*.mjs', '**/*.cjs', 'tools/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        exports: 'writable',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
