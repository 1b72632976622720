// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'test-results/', 'playwright-report/', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'off',
    },
  },
  {
    // The rule module is pure: no browser API, no I/O, no clock. Time is an input.
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch', 'XMLHttpRequest', 'localStorage', 'process', 'performance'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The rule module has no clock: time is an input.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The rule module has no clock: time is an input.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'webextension-polyfill', '*/shared/browser*', '*/background/*', '*/popup/*', '*/cli/*'] }],
    },
  },
);
