import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * Lint by folder, on resolved files: every import, re-export and dynamic `import()` is resolved
 * (through tsconfig's `@/` paths) to the file it reaches, and the folder of that file decides
 * whether the import is allowed. Imports go one way:
 *
 *   app → features → (components, filters) → data → i18n → registry → lib
 *
 * Each layer names what it may import; anything else is an error, so a new folder under src/ is
 * unknown (and an error) until it is given a layer here. Every folder in src/features/ is a zone
 * of its own: a feature may import its own files and the layers below, never another feature,
 * from however deep a folder, and never app/.
 */
const FEATURE_LAYERS = ['components', 'filters', 'data', 'i18n', 'registry', 'lib'];
const LAYERS = {
  lib: [],
  registry: ['lib'],
  i18n: ['registry', 'lib'],
  data: ['i18n', 'registry', 'lib'],
  filters: ['data', 'i18n', 'registry', 'lib'],
  // Components may read the data layer's types, errors and labels, but never filter or app code.
  components: ['data', 'i18n', 'registry', 'lib'],
  feature: FEATURE_LAYERS,
  app: ['feature', ...FEATURE_LAYERS],
  'service-worker': ['lib'],
  main: ['app', 'i18n', 'styles'],
  styles: [],
};
/** Code that runs without React: plain helpers and plain data. */
const WITHOUT_REACT = ['lib', 'registry', 'service-worker'];

const ELEMENTS = [
  // One element per folder of src/features/, named by its folder: a new feature is a zone at once.
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
  ...Object.keys(LAYERS)
    .filter((type) => type !== 'main' && type !== 'feature')
    .map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
];

/** How a message names a side of an import: `features/map`, `lib`, `src/main.tsx`. */
const layerName = (side) =>
  `{{#if ${side}.element.captured.feature}}features/{{ ${side}.element.captured.feature }}` +
  `{{else if ${side}.element.type}}{{ ${side}.element.type }}{{else}}{{ ${side}.file.path }}{{/if}}`;

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      'tests/.site',
      'coverage',
      '.e2e-build',
      '.bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The schema is the one file curators and developers read to learn the pack format; it stays whole.
    files: ['src/data/schema.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': ELEMENTS,
      // The entry point is a file, not a folder: it is classified as a file.
      'boundaries/files': [{ category: 'main', pattern: 'src/main.tsx' }],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': {
        typescript: {
          project: ['tsconfig.json', 'tsconfig.sw.json'],
          noWarnOnMultipleProjects: true,
        },
      },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: `${layerName('from')} may not import ${layerName('to')}: imports go app → features → (components, filters) → data → i18n → registry → lib, and features never import each other (eslint.config.js lists what each layer may import).`,
          checkAllOrigins: true,
          policies: [
            ...Object.entries(LAYERS)
              .filter(([, allowed]) => allowed.length > 0)
              .map(([type, allowed]) => ({
                from: type === 'main' ? { file: { categories: 'main' } } : { element: { type } },
                allow: { to: { element: { type: allowed } } },
              })),
            // Packages and Node's modules: each layer may use them, except React where it must not run.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            {
              from: { element: { type: WITHOUT_REACT } },
              disallow: {
                to: { module: { source: ['react', 'react-dom', 'react-router*', '@tanstack/*'] } },
              },
              message:
                '{{ from.element.type }} runs without React: no React, router or query here.',
            },
          ],
        },
      ],
    },
  },
);
