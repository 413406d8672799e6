// ESLint: TypeScript rules, no import cycles, and the layer rules of ARCHITECTURE.md ("A file imports from its
// own layer or a lower one"). `npm run lint`; CI runs it (.ci/run).
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** The layers of `src/lib`, top to bottom (ARCHITECTURE.md). */
const layers = [
  ['pages'],
  ['groups', 'content', 'output', 'load'],
  ['statements'],
  ['query'],
  ['model'],
  ['input', 'readers', 'manifest', 'methodology'],
  ['urls', 'shared', 'csv', 'countries', 'i18n', 'charts', 'geo'],
];

/** An import of any of `folders` by a relative path from inside `src/lib/<some folder>/`. */
const importOf = (folders) => `^(\\.\\./)+(${folders.join('|')})/`;

const layerRules = layers.flatMap((own, level) => {
  const above = layers.slice(0, level).flat();
  if (above.length === 0) return [];
  return [
    {
      files: own.map((folder) => `src/lib/${folder}/**/*.ts`),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: importOf(above),
                message: `${own.join(', ')} sit below ${above.join(', ')} (ARCHITECTURE.md, "The layers of src/lib"): import downwards only, or move the code to the layer that needs it.`,
              },
            ],
          },
        ],
      },
    },
  ];
});

export default tseslint.config(
  { ignores: ['dist/**', '.build/**', '.astro/**', 'node_modules/**', 'test/.output/**', 'dist.*/**', '**/*.astro'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // A warning, held down by `--max-warnings` in `npm run lint` (see CONTRIBUTING.md): lookups that cannot
      // miss use DataIndex's `require…` accessors, which throw a clear message instead.
      '@typescript-eslint/no-non-null-assertion': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/input/**', 'src/lib/load/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'src/lib reads no environment: take the value as a parameter (scripts/ and src/lib/input read the environment).',
        },
      ],
    },
  },
  {
    files: ['src/lib/shared/**/*.ts', 'src/scripts/**/*.ts', 'src/layouts/scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'Browser code: no Node modules.' },
            {
              regex: '(^|/)i18n/(?!numbers\\.ts$)',
              message: 'Browser code: no message catalogues (i18n/numbers.ts formats without them); take the words from the page.',
              allowTypeImports: true,
            },
            {
              regex: '^(\\.\\./)+(lib/)?(pages|groups|content|output|load|statements|query|model|input|readers|manifest|csv|countries|urls|geo)/',
              message: 'Browser code imports only src/lib/shared, the pure chart renderers and i18n/numbers.ts.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+test/', message: 'Scripts import no test code: move what both need under scripts/ or src/lib.' }] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Astro's ambient `App.Locals` must be declared without a top-level import.
    files: ['src/env.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
