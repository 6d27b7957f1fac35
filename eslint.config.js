// ESLint flat config: typescript-eslint's recommended rules everywhere, React hooks rules for the web front end.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const FEATURE_IMPORT =
  "A feature imports another feature's api.ts only; move shared pieces to web/components or web/app.";

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'data/', 'coverage/', 'e2e/screenshots/', 'server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // `_name` marks a deliberately unused binding (an omitted field in a destructuring, a required parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Sanitisers strip control characters on purpose (file names, spreadsheet cells).
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read JSON replies loosely (the API's own types are checked by the zod schemas they exercise), and some
    // build the lossy inputs they test, such as an 18-digit ID number that a spreadsheet stored as a number.
    files: ['**/*.test.ts', 'server/test/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-loss-of-precision': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // A web feature uses another feature only through that feature's api.ts (shared screens and pieces live in
  // web/app or web/components); server/test/architecture.test.ts checks the same, and that the uses go one way.
  {
    files: ['web/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!api\\.js$)', message: FEATURE_IMPORT }] },
      ],
    },
  },
  {
    files: ['web/features/*/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./\\.\\./(?!\\.\\.)[^/]+/(?!api\\.js$)', message: FEATURE_IMPORT }] },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  prettier,
);
