import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules live in eslint.config.js; this proves that each one bites, and that what a layer needs passes.
const eslint = new ESLint();
const violations = async (filePath: string, code: string): Promise<string[]> =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message));
const use = (spec: string, kind = 'import') => `${kind} x from '${spec}';\nexport const a = x;`;

describe('layering: each layer imports only its allow-list', () => {
  it.each([
    // shared/: the contract, pure
    ['shared/x.ts', use('react')],
    ['shared/x.ts', use('node:path')],
    ['shared/x.ts', use('path')],
    ['shared/x.ts', use('dockerode')],
    ['shared/x.ts', use('../electron/services/create-services')],
    ['shared/x.ts', use('../renderer/app/api-client')],
    // services: plain Node
    ['electron/services/x.ts', use('electron')],
    ['electron/services/x.ts', use('react')],
    ['electron/services/x.ts', use('../web/web-host')],
    ['electron/services/x.ts', use('left-pad')],
    // web host: plain Node, no desktop
    ['electron/web/x.ts', use('electron')],
    ['electron/web/x.ts', use('dockerode')],
    ['electron/web/x.ts', use('../desktop/main')],
    // desktop main: no web host, no renderer
    ['electron/desktop/x.ts', use('../web/web-host')],
    ['electron/desktop/x.ts', use('ws')],
    // the preload: its own sandboxed layer
    ['electron/desktop/preload.ts', use('node:fs')],
    ['electron/desktop/preload.ts', use('../services/create-services')],
    ['electron/desktop/preload.ts', use('./window-security')],
    // renderer: the contract's types, no Node, no electron
    ['renderer/features/x.ts', use('node:fs')],
    ['renderer/features/x.ts', use('fs')],
    ['renderer/features/x.ts', use('electron')],
    ['renderer/features/x.ts', use('electron/renderer')],
    ['renderer/features/x.ts', use('dockerode')],
    ['renderer/features/x.ts', use('../../electron/services/create-services')],
    ['renderer/features/x.ts', "import { createAppRouter } from '../../shared/api/app';\nexport const a = createAppRouter;"],
    ['renderer/features/x.ts', "export const load = () => import('node:fs');"],
    ['renderer/features/x.ts', "export const load = () => import('child_process');"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  }, 30_000);

  it.each([
    ['renderer/features/x.ts', "import { RunForm } from '../../shared/run-form';\nexport const a = RunForm;"],
    ['renderer/features/x.ts', "import type { AppRouter } from '../../shared/api/app';\nexport type A = AppRouter;"],
    ['renderer/features/x.ts', use('react-dom/client')],
    ['renderer/features/x.ts', "export const load = () => import('./zh-CN');"],
    ['shared/x.ts', use('zod')],
    ['electron/services/x.ts', use('node:fs/promises')],
    ['electron/services/x.ts', use('docker-modem/lib/http.js')],
    ['electron/web/x.ts', use('@trpc/server/adapters/ws')],
    ['electron/desktop/x.ts', use('trpc-electron/main')],
    ['electron/desktop/preload.ts', use('electron')],
  ])('allows %s: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  }, 30_000);
});
