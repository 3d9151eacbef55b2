// Lint, and the layering check (docs/architecture.md): each layer may import only what its row allows.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const forbid = (message, names = [], patterns = []) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })), patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: forbid('shared/ is the contract: no Node, React, electron or code of our other layers.',
      [...nodeBuiltins, 'react', 'react-dom', 'electron', 'dockerode', 'ws'], ['**/electron/**', '**/renderer/**', 'react/*', 'node:*']),
  },
  {
    files: ['electron/services/**'],
    rules: forbid('electron/services/ run under plain Node: no electron, no shells, no renderer.',
      ['electron', 'trpc-electron/main', 'react'], ['**/desktop/**', '**/web/**', '**/renderer/**']),
  },
  {
    files: ['electron/web/**'],
    rules: forbid('the web host is plain Node: no electron, no desktop shell, no renderer.',
      ['electron', 'trpc-electron/main', 'react'], ['**/desktop/**', '**/renderer/**']),
  },
  {
    files: ['electron/desktop/**'],
    rules: forbid('the desktop shell does not reach into the web host or the renderer.', ['react'], ['**/web/**', '**/renderer/**']),
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid('renderer/ knows only the contract in shared/: no Node, electron or main-process code.',
        [...nodeBuiltins, 'electron', 'dockerode', 'ws', 'trpc-electron/main'], ['**/electron/**', 'node:*']),
    },
  },
  // Tests run under Node whatever layer they test.
  { files: ['**/*.test.ts', '**/*.test.tsx'], rules: { 'no-restricted-imports': 'off' } },
);
