// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const react = ['react', 'react-dom', 'react-dom/*', '@react-three/*', 'zustand', 'zustand/*', 'zundo'];
const three = ['three', 'three/*', '@react-three/*'];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

/** Import boundaries of ARCHITECTURE.md: core <- packs <- avatar <- export; core <- state <- {scene, ui} <- app. */
const boundaries = [
  { files: ['src/core/**'], deny: [...react, ...three], layers: ['packs', 'avatar', 'export', 'state', 'scene', 'ui', 'embed', 'app', 'cli'] },
  { files: ['src/packs/**'], deny: [...react, ...three], layers: ['avatar', 'export', 'state', 'scene', 'ui', 'embed', 'app', 'cli'] },
  { files: ['src/avatar/**'], deny: react, layers: ['export', 'state', 'scene', 'ui', 'embed', 'app', 'cli'] },
  { files: ['src/export/**'], deny: react, layers: ['state', 'scene', 'ui', 'embed', 'app', 'cli'] },
  { files: ['src/state/**'], deny: three, layers: ['avatar', 'export', 'scene', 'ui', 'embed', 'app', 'cli'] },
  { files: ['src/scene/**'], deny: [], layers: ['ui', 'embed', 'app', 'cli'] },
  { files: ['src/ui/**'], deny: three, layers: ['scene', 'avatar', 'export', 'app', 'cli'] },
  { files: ['src/embed/**'], deny: [...react, ...three], layers: ['scene', 'ui', 'app', 'cli'] },
  { files: ['src/offline/**'], deny: [...react, ...three], layers: ['core', 'packs', 'avatar', 'export', 'state', 'scene', 'ui', 'embed', 'app', 'cli'] },
];

export default tseslint.config(
  { ignores: ['dist', 'bench-dist', 'node_modules', 'public/packs', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  { files: ['src/**/*.tsx'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
  // Config files must default-export their config.
  { files: ['*.config.{js,ts}', 'bench/**/vite.config.ts'], rules: { 'no-restricted-exports': 'off' } },
  ...boundaries.map(({ files, deny, layers }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(deny.length ? [{ group: [...new Set(deny)], message: 'this layer must not depend on that library (ARCHITECTURE.md)' }] : []),
            { group: layers.flatMap(layer), message: 'import boundary: this layer must not import that one (ARCHITECTURE.md)' },
          ],
        },
      ],
    },
  })),
);
