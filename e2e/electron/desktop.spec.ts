import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Electron downloads its runtime on first use; where it could not, this project is skipped, never faked.
const pathFile = path.resolve('node_modules/electron/path.txt');
const runtime = existsSync(pathFile) ? path.resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()) : null;

test.skip(!runtime || !existsSync(runtime), 'Electron runtime not installed on this machine (it cannot be downloaded here): desktop e2e skipped');

test('the desktop window shows the containers screen', async () => {
  const app = await electron.launch({ executablePath: runtime!, args: ['.'] });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Containers' })).toBeVisible();
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});
