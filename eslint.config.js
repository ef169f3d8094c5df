// ESLint (flat config), run by tools/check.sh. ESLint's recommended rules and a few that catch real
// mistakes; layout is not linted (the code's style is in docs/design.md and ../STYLE.md).
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['web/gen/**', 'build/**', 'build-*/**', 'node_modules/**', 'out/**'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-var': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-implicit-globals': 'error',
      'no-shadow-restricted-names': 'error',
      'no-throw-literal': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      // Input sanitizers (obf.js) match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  // The app runs in the browser; its service worker in a worker.
  { files: ['web/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['web/sw.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } },
    // A classic worker script: its top-level functions are its own, and it names its globals.
    rules: { 'no-implicit-globals': 'off', 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  // Tools and tests run in Node; the browser tests' page functions run in the page.
  { files: ['tools/**/*.mjs', 'tools/**/*.js', 'tests/**/*.mjs', 'eslint.config.js'], languageOptions: { globals: { ...globals.node } } },
  { files: ['tests/browser/**/*.mjs', 'tests/support/browser.mjs', 'tools/browser.mjs', 'tools/measure-*.mjs'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
];
