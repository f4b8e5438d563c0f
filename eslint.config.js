// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules everywhere, and the
// Lit and web-component rules (eslint-plugin-lit, eslint-plugin-wc) for the elements. The choice and
// the few rules set apart are explained in docs/design.md ("Lint").
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'tmp/', 'src/data/*.generated.js', 'demo/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts', 'tests/pages/**/*.js', 'scripts/perf/**/*.js', 'scripts/bench/pages/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**/*.ts', 'tests/node/**', 'tests/trust/**', 'tests/collector/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Page functions of the trust suite and the scripts run in the browser (page.evaluate).
    files: ['tests/trust/**', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The peers' pages of the benchmark use the globals their UMD builds define, and the page
    // functions of scripts/bench/run.mjs the page's `bench` object.
    files: ['scripts/bench/**'],
    languageOptions: { globals: { Chart: 'readonly', echarts: 'readonly', L: 'readonly', Survey: 'readonly', bench: 'readonly' } },
  },
  {
    // Chai's assertions are property reads (`expect(x).to.be.true`), and the tests build malformed
    // input on purpose (`{…} as any`) to check what the elements and readers make of it.
    files: ['tests/**/*.test.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    rules: {
      // French text needs U+00A0 and U+202F (before « : ; ! ? % » and inside guillemets), in strings
      // and templates alike; other irregular whitespace (in code, comments, regexes) still fails.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: false }],
      // `_`-prefixed names say "unused on purpose" (a parameter a signature requires).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
