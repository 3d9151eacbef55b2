// Settings → Docker Engine against the sandbox engine's own daemon.json, its reload/restart commands
// (scripts/sandbox.sh env) and the local registry holding library/busybox (scripts/sandbox.sh registry).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { docker, pullThroughEngine, registryConfig, resetSandboxDaemon, startSandboxRegistry } from '../support/engine';

const CONFIG = process.env.BERTH_DAEMON_CONFIG!;
const MIRROR = 'http://127.0.0.1:5055';
const KEEP = 'e2e-daemon-keep';



test.beforeAll(async () => {
  if (!CONFIG) throw new Error('e2e needs the sandbox engine\'s commands: eval "$(scripts/sandbox.sh env)"');
  startSandboxRegistry();
  resetSandboxDaemon();
  await docker.getImage('busybox:latest').remove().catch(() => undefined);
});
test.afterAll(async () => {
  await docker.getContainer(KEEP).remove({ force: true }).catch(() => undefined);
  await docker.getImage('busybox:latest').remove().catch(() => undefined);
  resetSandboxDaemon();
});

async function openEngineSettings(page: Page) {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/settings`);
  await expect(page.getByText(/API 1\.\d+/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Docker Engine configuration (daemon.json)' })).toBeVisible();
}

async function reviewAndApply(page: Page, expectMode: RegExp) {
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply daemon.json' });
  await expect(dialog.getByText(expectMode)).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  return dialog;
}

test('a mirror added in the form is hot-reloaded, keeps containers running, and busybox:latest pulls through it', async ({ page }) => {
  const keep = await docker.createContainer({ name: KEEP, Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
  await keep.start();
  const startedAt = (await keep.inspect()).State.StartedAt;
  // What a container start can do to the page (ERR_NETWORK_CHANGED): the section's chunk fails (its modulepreload and the
  // import), and is asked again.
  await page.route(/\/EngineSettings-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'), { times: 2 });
  await openEngineSettings(page);
  const mirrors = page.getByRole('group', { name: 'Registry mirrors' });
  await mirrors.getByRole('button', { name: 'Add mirror' }).click();
  const first = mirrors.getByRole('textbox', { name: 'Mirror 1' });
  await expect(first).toBeFocused();

  await first.fill(`${MIRROR}/v2/library`);
  await expect(mirrors.getByText(/a mirror cannot have a path \(\/v2\/library\)/)).toBeVisible();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Review and apply…' })).toBeDisabled();

  await first.fill(MIRROR);
  await mirrors.getByRole('button', { name: 'Probe mirror 1' }).click();
  await expect(mirrors.getByRole('status')).toHaveText(/^usable · \d+ ms$/);

  const dialog = await reviewAndApply(page, /^Hot reload: the engine re-reads registry-mirrors/);
  await expect(dialog.getByRole('status')).toHaveText(/Applied and verified/, { timeout: 30_000 });
  await expect(dialog.getByRole('list', { name: 'Steps' })).toContainText('Verify: done');
  await dialog.getByRole('button', { name: 'Close' }).click();

  expect(JSON.parse(readFileSync(CONFIG, 'utf8'))).toEqual({ 'registry-mirrors': [MIRROR] });
  expect((await registryConfig()).Mirrors).toEqual([`${MIRROR}/`]);
  const after = await keep.inspect();
  expect([after.State.Running, after.State.StartedAt]).toEqual([true, startedAt]);
  await pullThroughEngine('busybox:latest');
  expect((await docker.getImage('busybox:latest').inspect()).RepoTags).toContain('busybox:latest');
});

test('an insecure registry pasted with http:// is stripped with a note and listed by docker info after a hot reload', async ({ page }) => {
  await openEngineSettings(page);
  const group = page.getByRole('group', { name: 'Insecure registries' });
  await group.getByRole('button', { name: 'Add insecure registry' }).click();
  await group.getByRole('textbox', { name: 'Insecure registry 1' }).fill('http://registry.berth.test:5000');
  await expect(group.getByText('The scheme was removed: daemon.json takes “registry.berth.test:5000”', { exact: false })).toBeVisible();
  const dialog = await reviewAndApply(page, /^Hot reload/);
  await expect(dialog.getByRole('status')).toHaveText(/Applied and verified/, { timeout: 30_000 });
  expect((await registryConfig()).IndexConfigs['registry.berth.test:5000']).toMatchObject({ Secure: false });
});

test('proxies on Engine 20.10 are refused with the reason and the drop-in route; the file stays byte for byte', async ({ page }) => {
  const before = readFileSync(CONFIG);
  await openEngineSettings(page);
  await page.getByRole('textbox', { name: 'HTTP proxy' }).fill('http://proxy.berth.test:3128');
  await expect(page.getByRole('note')).toContainText('refuses the proxies key');
  await expect(page.getByLabel('systemd drop-in file')).toContainText('Environment="HTTP_PROXY=http://proxy.berth.test:3128"');
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply daemon.json' });
  await expect(dialog.getByRole('alert')).toContainText('The proxies key needs Engine 23 or later');
  await expect(dialog.getByRole('button', { name: 'Apply', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(readFileSync(CONFIG).equals(before)).toBe(true);
});

test('a config the engine rejects, forced through the raw editor, is rolled back with the engine’s words; history restores', async ({ page }) => {
  await docker.getContainer(KEEP).remove({ force: true }).catch(() => undefined);
  const before = readFileSync(CONFIG, 'utf8');
  await openEngineSettings(page);
  await page.getByRole('tab', { name: 'Raw JSON' }).click();
  const editor = page.getByRole('textbox', { name: 'daemon.json' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('{ "log-driver": 42 }');
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply daemon.json' });
  await expect(dialog.getByRole('alert')).toContainText('log-driver: must be string');
  await expect(dialog.getByText(/^Restart:/)).toBeVisible();
  await dialog.getByRole('checkbox', { name: /Apply anyway/ }).check();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'The engine rejected the new settings' })).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByLabel('What the engine said')).toContainText('cannot unmarshal number');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(readFileSync(CONFIG, 'utf8')).toBe(before);
  await expect(page.getByText(/API 1\.\d+/)).toBeVisible({ timeout: 30_000 });
  expect(await docker.ping()).toBeTruthy();

  // Backups, newest first: [before the rollback test, before the insecure-registry test (mirror only), …].
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('list', { name: 'Backups of daemon.json' });
  await history.getByRole('button', { name: /^Restore the backup of / }).nth(1).click();
  const restore = page.getByRole('dialog', { name: 'Apply daemon.json' });
  await expect(restore.getByLabel('Changes to daemon.json')).toContainText('-  "insecure-registries"');
  await restore.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(restore.getByRole('status')).toHaveText(/Applied and verified/, { timeout: 60_000 });
  expect(JSON.parse(readFileSync(CONFIG, 'utf8'))).toEqual({ 'registry-mirrors': [MIRROR] });
});
