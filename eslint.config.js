// One lint config for every TypeScript workspace; type-aware rules catch floating promises,
// the bug class that most often loses readings silently in async I/O code.
import { existsSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// Sources belong to their package's tsconfig; tests, scripts and benches to tsconfig.test.json.
const projects = [
  './protocol/tsconfig.json',
  './addon/tsconfig.json',
  './edge-node/tsconfig.json',
  './tsconfig.test.json',
  './panel/tsconfig.json',
].filter((p) => existsSync(new URL(p, import.meta.url)));

/** The size limits of STYLE.md for one package's sources, with the modules excepted and why. */
function sizeLimits(files, ignores = []) {
  return {
    files: [files],
    ignores,
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      'custom_components/**',
      // Generated: the hub bundled for the add-on image.
      'addon/app/**',
      'test-results/**',
      '**/.*',
      'data/**',
      'eslint.config.js',
      'scripts/*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: projects, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Size limits (STYLE.md): a module over 400 lines or a function over 80 does more than one
  // thing. Blank lines and comments do not count: a well-explained module is not penalised.
  // One block per package; a generated or table module that may exceed them is named in its
  // block's `ignores`, with the reason.
  sizeLimits('addon/src/**/*.ts'),
  {
    // Edge node sources: hard size limits (STYLE.md: soft 400 a module, 60 a function).
    files: ['edge-node/src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: ['**/test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'edge-node/src/cli.ts'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read JSON answers whose shape the assertions check.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
