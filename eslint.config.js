// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Outside the rule module, only its public entries: index (the API), types, message-key (types),
// present (display helpers) and limits (data). Its inside may then move without breaking callers.
const RULES_PUBLIC_ENTRIES_ONLY = {
  group: [
    '**/rules/**',
    '!**/rules/index',
    '!**/rules/types',
    '!**/rules/limits',
    '!**/rules/present',
    '!**/rules/message-key',
  ],
  message:
    'Import the rule module through its public entry (src/rules/index.ts), or types, limits, present, message-key.',
};

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'test-results/', 'playwright-report/', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'off',
    },
  },
  {
    // The rule module is pure: no browser API, no I/O, no clock. Time is an input.
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'chrome',
        'browser',
        'fetch',
        'XMLHttpRequest',
        'localStorage',
        'process',
        'performance',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The rule module has no clock: time is an input.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The rule module has no clock: time is an input.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'webextension-polyfill',
            '*/shared/browser*',
            '*/background/*',
            '*/popup/*',
            '*/cli/*',
          ],
        },
      ],
    },
  },
  {
    // Outside the rule module, only its public entries: index (the API), types, message-key (types),
    // present (display helpers) and limits (data), the last two lean enough for the popup and the content
    // scripts. Its inside may then move without breaking callers.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/rules/**', 'src/**/*.test.{ts,tsx}', 'src/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [RULES_PUBLIC_ENTRIES_ONLY],
        },
      ],
    },
  },
  {
    // The HAR reader (src/har) and the card components (src/ui) have several hosts: the CLI, the popup,
    // the workbench page (also a plain web page, with no extension API) and the DevTools panel. So they
    // use no browser or Node API and import no host; each host hands them what they need.
    files: ['src/har/**/*.ts', 'src/ui/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'process', 'Buffer'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            RULES_PUBLIC_ENTRIES_ONLY,
            {
              group: [
                'node:*',
                'webextension-polyfill',
                '**/shared/browser*',
                '**/background/**',
                '**/popup/**',
                '**/cli/**',
              ],
              message: 'src/har and src/ui serve every host: no browser or Node API, no host module.',
            },
          ],
        },
      ],
    },
  },
);
