// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** What shared/ must never import: it is pure code that both the client and the server run. */
const NOT_IN_SHARED = [
  'react',
  'react-dom',
  '@tiptap/react',
  'dexie',
  'y-websocket',
  'ws',
  'better-sqlite3',
  'fastify',
  '@samskriv/client',
  '@samskriv/server',
].map((name) => ({
  name,
  message: 'shared/ is imported by both the client and the server, so it may hold no UI, storage or network code.',
}))

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'client/dev-dist/**', 'bench/results/**', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Yjs types have a toString the type checker does not see through their class hierarchy.
      '@typescript-eslint/no-base-to-string': [
        'error',
        {
          ignoredTypeNames: [
            'YText',
            'YXmlFragment',
            'YXmlElement',
            'YXmlText',
            'Error',
            'RegExp',
            'URL',
            'URLSearchParams',
          ],
        },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NOT_IN_SHARED, patterns: [{ group: ['node:*'], message: 'shared/ runs in browsers too.' }] },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // English is a chunk of its own, loaded only when chosen (i18n/loadLocale.ts imports it
    // dynamically): a static import would pull it into the main bundle for everyone.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/i18n/catalogue/en.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)catalogue/en$|\\.en$',
              message: 'The English catalogue is loaded by loadLocale only; use t() for texts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', '**/test/**/*.ts'],
    rules: {
      // Tests reach into results with non-null assertions and loose JSON on purpose.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
)
