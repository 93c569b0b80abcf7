// ESLint (flat config) for every TypeScript file of the repository, run by `npm run lint` and `npm test`.
// Non-type-checked rules only: type-aware linting needs a full program per project and is too slow on
// two shared cores; `tsc` already type-checks everything. Layering lives in test/unit/layering.test.ts.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'test/artifacts/**', '.electron-sqlite/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // `import type` keeps type-only imports out of the bundles and makes the layering test's graph honest.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Unused code is dead code; a leading underscore marks a value dropped on purpose (destructuring rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-throw-literal': 'error',
      'object-shorthand': ['error', 'properties'],
      'no-useless-rename': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.object.name="test"][callee.property.name="only"], CallExpression[callee.object.name="it"][callee.property.name="only"], CallExpression[callee.object.name="describe"][callee.property.name="only"]', message: 'No .only: every test runs.' },
        { selector: 'CallExpression[callee.object.name="test"][callee.property.name="skip"], CallExpression[callee.object.name="it"][callee.property.name="skip"], CallExpression[callee.object.name="describe"][callee.property.name="skip"]', message: 'No .skip: a test that cannot run fails instead.' },
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // The two classic hook rules (not the React Compiler set): hooks in a stable order, effects that list what they read.
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Node scripts of the build and the test runner (plain JavaScript).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    // CommonJS on purpose (tools that must run without a loader): require is the import there.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
