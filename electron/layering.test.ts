import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules live in eslint.config.js; this proves they bite.
const eslint = new ESLint();
const violations = async (filePath: string, code: string): Promise<string[]> =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));

describe('layering check', () => {
  it.each([
    ['renderer/features/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['renderer/features/x.ts', "import { startServices } from '../../electron/services/create-services';\nexport const a = startServices;"],
    ['shared/x.ts', "import React from 'react';\nexport const a = React;"],
    ['shared/x.ts', "import path from 'node:path';\nexport const a = path;"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/web/x.ts', "import { app } from 'electron';\nexport const a = app;"],
  ])('refuses %s importing across layers', async (file, code) => {
    expect(await violations(file, code)).not.toEqual([]);
  }, 30_000);
  it('allows the contract everywhere', async () => {
    expect(await violations('renderer/features/x.ts', "import { RunForm } from '../../shared/run-form';\nexport const a = RunForm;")).toEqual([]);
  }, 30_000);
});
