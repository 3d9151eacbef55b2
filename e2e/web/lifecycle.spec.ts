import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { containerNames, docker, removeContainers } from '../support/engine';

const run = promisify(execFile);

const P = 'e2e-';
test.beforeEach(() => removeContainers(P));
test.afterAll(() => removeContainers(P));

const open = async (page: Page): Promise<void> => {
  await page.goto(process.env.BERTH_E2E_URL!);
  await expect(page.getByText(/API 1\.\d+/)).toBeVisible();
};
const row = (page: Page, name: string) => page.locator(`tr[data-container="${name}"]`);

test('run from the dialog with a published port, then the whole lifecycle', async ({ page, request }) => {
  await open(page);
  await page.getByRole('button', { name: 'Run…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Run a container' });
  await dialog.getByLabel('Image').fill('berth/httpd:latest');
  await dialog.getByLabel('Name', { exact: true }).fill(`${P}web`);
  await dialog.getByLabel('Published ports (-p)').fill('127.0.0.1:18282:8080');
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, `${P}web`).locator('.state')).toHaveText(/^running/);
  await expect(page.getByRole('link', { name: 'Open http://127.0.0.1:18282' })).toBeVisible();
  await expect.poll(async () => (await request.get('http://127.0.0.1:18282/')).text()).toContain('hello from berth');

  await page.getByRole('button', { name: `Pause ${P}web` }).click();
  await expect(row(page, `${P}web`).locator('.state')).toHaveText(/^paused/);
  await page.getByRole('button', { name: `Resume ${P}web` }).click();
  await expect(row(page, `${P}web`).locator('.state')).toHaveText(/^running/);
  await page.getByRole('button', { name: `Stop ${P}web` }).click();
  await expect(row(page, `${P}web`).locator('.state')).toHaveText(/^exited/, { timeout: 20_000 });
  await page.getByRole('button', { name: `Start ${P}web` }).click();
  await expect(row(page, `${P}web`).locator('.state')).toHaveText(/^running/);

  // Container page: rename and restart policy.
  await page.getByRole('link', { name: `${P}web` }).click();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await page.getByRole('dialog').getByLabel('New name').fill(`${P}renamed`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `${P}renamed` })).toBeVisible();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Change restart policy…' }).click();
  await page.getByRole('dialog').getByLabel('Restart policy').selectOption('unless-stopped');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await docker.getContainer(`${P}renamed`).inspect()).HostConfig.RestartPolicy?.Name).toBe('unless-stopped');
  await page.getByRole('tab', { name: 'Inspect' }).click();
  await page.getByLabel('Search the inspect JSON').fill('unless-stopped');
  await expect(page.getByText(/\d+ matches/)).toBeVisible();

  await page.getByRole('link', { name: /Back to containers/ }).click();
  await page.getByRole('button', { name: `Remove ${P}renamed` }).click();
  await page.getByRole('dialog', { name: `Remove container ${P}renamed?` }).getByRole('button', { name: 'Remove' }).click();
  await expect(row(page, `${P}renamed`)).toHaveCount(0);
  expect(await containerNames(P)).toEqual([]);
});

test('CLI changes show up without a reload; multi-select stop and remove; compose group action', async ({ page }) => {
  await open(page);
  const create = async (name: string, labels: Record<string, string> = {}) => {
    const c = await docker.createContainer({ Image: 'berth/busybox', name, Cmd: ['sleep', '600'], Labels: labels });
    await c.start();
  };
  await create(`${P}a`);
  await create(`${P}b`);
  await expect(row(page, `${P}a`).locator('.state')).toHaveText(/^running/);
  await docker.getContainer(`${P}a`).stop({ t: 0 });
  await expect(row(page, `${P}a`).locator('.state')).toHaveText(/^exited/);

  await page.getByRole('checkbox', { name: `Select ${P}a` }).check();
  await page.getByRole('checkbox', { name: `Select ${P}b` }).check();
  const toolbar = page.getByRole('toolbar', { name: '2 selected' });
  await toolbar.getByRole('button', { name: 'Stop' }).click();
  await expect(row(page, `${P}b`).locator('.state')).toHaveText(/^exited/, { timeout: 20_000 });
  await toolbar.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog', { name: 'Remove 2 containers?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(row(page, `${P}a`)).toHaveCount(0);
  await expect(row(page, `${P}b`)).toHaveCount(0);

  await create(`${P}shop-web`, { 'com.docker.compose.project': 'e2eshop' });
  await create(`${P}shop-db`, { 'com.docker.compose.project': 'e2eshop' });
  await expect(page.getByText('e2eshop (2)')).toBeVisible();
  await page.getByRole('button', { name: 'Stop e2eshop' }).click();
  await expect(row(page, `${P}shop-web`).locator('.state')).toHaveText(/^exited/, { timeout: 20_000 });
  await expect(row(page, `${P}shop-db`).locator('.state')).toHaveText(/^exited/, { timeout: 20_000 });
});

test('bad input gives field errors and leaves no container behind', async ({ page }) => {
  await open(page);
  await docker.createContainer({ Image: 'berth/busybox', name: `${P}taken`, Cmd: ['true'] });
  await page.getByRole('button', { name: 'Run…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Run a container' });
  await dialog.getByLabel('Image').fill('Not An Image');
  await dialog.getByLabel('Published ports (-p)').fill('8080:80\nabc');
  await dialog.getByLabel('Environment (-e)').fill('NOEQUALS');
  await dialog.getByLabel('Volumes (-v)').fill('relative');
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog.getByLabel('Image')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('image names must be lowercase')).toBeVisible();
  await expect(dialog.getByText('Line 2: “abc” is not a port')).toBeVisible();
  await expect(dialog.getByText('needs the form KEY=value')).toBeVisible();
  await expect(dialog.getByText('is not source:target')).toBeVisible();

  await dialog.getByLabel('Image').fill('berth/not-local');
  await dialog.getByLabel('Published ports (-p)').fill('');
  await dialog.getByLabel('Environment (-e)').fill('');
  await dialog.getByLabel('Volumes (-v)').fill('');
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog.getByText('is not a local image')).toBeVisible();

  await dialog.getByLabel('Image').fill('berth/busybox');
  await dialog.getByLabel('Name', { exact: true }).fill(`${P}taken`);
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog.getByText('That name is already used by another container.', { exact: true })).toBeVisible();

  await docker.createContainer({ Image: 'berth/httpd', name: `${P}holder`, HostConfig: { PortBindings: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '18383' }] } } }).then((c) => c.start());
  await dialog.getByLabel('Name', { exact: true }).fill(`${P}clash`);
  await dialog.getByLabel('Published ports (-p)').fill('127.0.0.1:18383:8080');
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog.getByText('A host port is already in use; the container was not kept.', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await containerNames(P)).toEqual([`${P}holder`, `${P}taken`]);
});

test('keyboard and Chinese', async ({ page }) => {
  await open(page);
  await page.keyboard.press('/');
  await expect(page.getByLabel('Filter containers')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('body').click();
  await page.keyboard.press('Control+Comma');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('link', { name: '容器' })).toBeVisible();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: '容器' })).toBeVisible();
  await page.keyboard.press('Control+Comma');
  await page.getByLabel('语言').selectOption('en');
});

test('bind mounts (read-only) and named volumes from the run dialog; restart policy retries checked at the field', async ({ page }) => {
  const host = mkdtempSync(join(tmpdir(), 'berth-e2e-'));
  writeFileSync(join(host, 'in.txt'), 'from the host\n');
  await docker.getVolume(`${P}vol`).remove().catch(() => undefined);
  await open(page);
  await page.getByRole('button', { name: 'Run…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Run a container' });
  await dialog.getByLabel('Image').fill('berth/busybox');
  await dialog.getByLabel('Name', { exact: true }).fill(`${P}mounts`);
  await dialog.getByLabel('Command', { exact: true }).fill(
    `sh -c 'cat /data/in.txt > /vol/out.txt; touch /data/x 2>/dev/null || echo "$GREETING" >> /vol/out.txt; sleep 600'`);
  await dialog.getByLabel('Environment (-e)').fill('GREETING=read-only');
  await dialog.getByLabel('Volumes (-v)').fill(`${host}:/data:ro\n${P}vol:/vol`);
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, `${P}mounts`).locator('.state')).toHaveText(/^running/);
  await expect.poll(async () => (await run('docker', ['exec', `${P}mounts`, 'cat', '/vol/out.txt'])).stdout)
    .toBe('from the host\nread-only\n');

  await page.getByRole('link', { name: `${P}mounts` }).click();
  const mounts = page.getByRole('table', { name: 'Mounts' });
  await expect(mounts.getByRole('row', { name: new RegExp(`bind ${host} /data ro`) })).toBeVisible();
  await expect(mounts.getByRole('row', { name: /volume .* \/vol rw/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Networks' }).getByRole('row', { name: /^bridge \d+\.\d+\.\d+\.\d+/ })).toBeVisible();

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Change restart policy…' }).click();
  const policy = page.getByRole('dialog', { name: `Restart policy of ${P}mounts` });
  await policy.getByLabel('Restart policy').selectOption('on-failure');
  await policy.getByLabel('Maximum retries').fill('many');
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByLabel('Maximum retries')).toHaveAttribute('aria-invalid', 'true');
  await expect(policy.getByText('Enter a whole number from 0 to 1000.')).toBeVisible();
  await policy.getByLabel('Maximum retries').fill('3');
  await expect(policy.getByText('Enter a whole number from 0 to 1000.')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(policy).toBeHidden();
  expect((await docker.getContainer(`${P}mounts`).inspect()).HostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 });

  await removeContainers(P);
  await docker.getVolume(`${P}vol`).remove();
});
