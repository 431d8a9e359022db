import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Browser globals (and the storage Node now mimics): the pure core must not touch them. */
const STORAGE = ['localStorage', 'sessionStorage', 'navigator', 'indexedDB'];
const BROWSER_ONLY = [...new Set([...STORAGE, ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2024))])];

const importsOf = (folders) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: 'This folder may not depend on that one (see docs/architecture.md).' });
/** io/browser is io's second public face: browser-only helpers the CLI never loads. */
const REACH_IN = { regex: '^(\\.\\./)+(?!io/browser$)[^./][^/]*/.+', message: 'Import another folder through its index.ts, not its files.' };
const REACT = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'idb'], message: 'The pure core runs in the CLI and a worker: no React, React Flow, stores or browser storage.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results.json', 'lint-fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One public face per folder: from outside, a folder is reached only through its index.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing.ts', 'src/**/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [REACH_IN] }],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/analysis/**/*.ts', 'src/templates/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [REACT, importsOf(['store', 'canvas', 'panel', 'inspector', 'app', 'commands', 'io', 'layout', 'cli', 'storage']), REACH_IN] }],
      'no-restricted-globals': ['error', ...BROWSER_ONLY.map((name) => ({ name, message: 'The pure core has no DOM or browser APIs.' }))],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [importsOf(['canvas', 'panel', 'inspector', 'app', 'commands']), REACH_IN] }],
    },
  },
);
