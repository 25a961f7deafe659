// @ts-check
// ESLint for src/, scripts/ and tests/: typescript-eslint's strict and stylistic presets, type-aware.
// generated/ is written by npm run generate and excluded. Every rule turned off or tuned below says why.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Imports run one way, tests/ -> scripts/ -> src/ -> generated/ (tests/codebase/import-direction.test.ts checks the same).
 * @param {string} layers the folders a file may not import from, as a regex alternation
 * @param {string} message
 */
const upward = (layers, message) => ['error', { patterns: [{ regex: `^(\\.\\./)+(${layers})/`, message }] }];

export default defineConfig(
  { ignores: ['generated/', 'dist/', 'node_modules/', 'reports/', 'coverage/'] },
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig.json nearest to it (tests/consumer has its own).
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // tsconfig's noUncheckedIndexedAccess types every indexed read as possibly undefined; the code marks
      // with `!` the reads it has just bounded (a loop index, a group its regex always captures).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages and reports (ports, counts, milliseconds) read as they should.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
      // `(x) => doSomething(x)` as a callback, and `return done()` as an early exit from a function that returns
      // nothing, are the house style.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // `T[]` for simple types, `Array<{ ... }>` where the element type is long.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // An empty arrow is how the code says "nothing to do": a cleanup whose failure is ignored, a no-op teardown.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions', 'asyncFunctions'] }],
      // Bracket reads of an index signature (`params['missingProperty']`) mark data keys, not declared members.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // The client's resources are frozen objects of closures typed with method syntax, and module namespaces
      // are destructured; none of them uses `this`, which the rule cannot tell from class methods.
      '@typescript-eslint/unbound-method': 'off',
      // An aborted call rejects with the caller's own `signal.reason`, whatever it is, as fetch does.
      // `text || fallback` on a string deliberately treats '' as absent (an environment variable set to nothing).
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // `const { $ref: _, ...rest } = node` is how the code drops a key.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': upward('scripts|tests', 'src/ imports only src/ and generated/'),
      // src/ checks at run time what its types already exclude: callers in plain JavaScript pass anything, and
      // a signal's `aborted` may flip between an await and the next check, which TypeScript's narrowing cannot see.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  { files: ['scripts/**'], rules: { 'no-restricted-imports': upward('tests', 'scripts/ may import src/ and generated/, never tests/') } },
  {
    files: ['tests/**'],
    rules: {
      // A test may interpolate a header or value that can be absent: the message then shows `undefined`, as it should.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowNullish: true, allowAny: false, allowBoolean: false, allowRegExp: false, allowNever: false },
      ],
      // Stand-ins for fetch are async functions that throw or answer without awaiting, as the real one may.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['tests/types/**/*.test-d.ts'],
    rules: {
      // `void user.birthDate` under @ts-expect-error is how a type test reads a property that must not exist.
      '@typescript-eslint/no-meaningless-void-operator': 'off',
    },
  },
);
