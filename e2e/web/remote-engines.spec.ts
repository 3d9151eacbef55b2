import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { remoteEngines } from '../support/remote-engines';
import { spawnWebHost } from '../support/spawn-web-host';

// The sandbox's namespaced engines, added from the UI of a Berth of their own: a fresh home folder (known_hosts empty,
// no SSH agent) and a fresh settings folder, so nothing is known or trusted before the test says so.
const remote = remoteEngines();
const NAME = 'e2e-remote-box';
const onRemote = (...args: string[]): string => execFileSync('docker', ['-H', remote.ssh.socket, ...args], { stdio: 'pipe' }).toString();
const sandbox = (...args: string[]): void => void execFileSync('bash', ['scripts/sandbox.sh', ...args], { stdio: 'ignore' });

let host: ChildProcess;
let url: string;
test.beforeAll(async () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'berth-e2e-home-'));
  const started = await spawnWebHost([], [], { HOME: home, BERTH_CONFIG_DIR: path.join(home, 'berth'), SSH_AUTH_SOCK: '' });
  host = started.child;
  url = started.url.href;
  onRemote('rm', '-f', NAME);
  onRemote('run', '-d', '--name', NAME, 'berth/busybox:latest', 'sh', '-c', 'echo hello-from-ssh; sleep 600');
});
test.afterAll(() => {
  host?.kill('SIGTERM');
  sandbox('remote-engine-start', 'ssh'); // whatever the test left, the engine runs again
  onRemote('rm', '-f', NAME);
});

async function openAddForm(page: Page) {
  await page.getByRole('link', { name: 'Manage engines' }).click();
  await page.getByRole('button', { name: 'Add engine…' }).click();
  return page.getByRole('dialog', { name: 'Add an engine' });
}

test('adds a TLS engine and an SSH engine from the UI, each failure named, and works on them side by side', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto(url);
  const engines = page.getByRole('list', { name: 'Engines' });

  await test.step('TLS: a CA that did not sign the engine is named as such; with the right one it connects', async () => {
    const form = await openAddForm(page);
    await form.getByLabel('Name', { exact: true }).fill('tls-box');
    await form.getByLabel('Connection').selectOption({ label: 'TCP' });
    await form.getByLabel('Address').fill(remote.tls.address);
    await form.getByLabel('CA certificate (ca.pem)').fill(remote.tls.otherCa);
    await form.getByLabel('Client certificate (cert.pem)').fill(remote.tls.cert);
    await form.getByLabel('Client key (key.pem)').fill(remote.tls.key);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByRole('alert')).toContainText('not signed by the CA given');
    await form.getByLabel('CA certificate (ca.pem)').fill(remote.tls.ca);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByRole('status')).toContainText(/Connected: .* · API 1\.41 · linux\/amd64 · [\d.]+ ms round trip/);
    await form.getByRole('button', { name: 'Add engine' }).click();
    await expect(page).toHaveURL(/#\/e\/tls-box\/containers$/);
    await expect(engines.getByRole('link', { name: /tls-box/ })).toContainText('running');
  });

  await test.step('SSH: an unknown host key is asked about, a wrong key is refused, the right one connects', async () => {
    const form = await openAddForm(page);
    await form.getByLabel('Name', { exact: true }).fill('ssh-box');
    await form.getByLabel('Address').fill(remote.ssh.address);
    await form.getByLabel('Private key file').fill(remote.ssh.wrongKey);
    await form.getByRole('button', { name: 'Test connection' }).click();
    const prompt = form.getByRole('group', { name: 'First contact with 172.29.83.12' });
    await expect(prompt).toContainText(/ssh-ed25519 key fingerprint is SHA256:/);
    await prompt.getByRole('button', { name: 'Trust this key and connect' }).click();
    await expect(form.getByRole('alert')).toContainText('The host refused the key for root@172.29.83.12');
    await form.getByLabel('Private key file').fill(remote.ssh.key);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByRole('status')).toContainText('API 1.41');
    await form.getByRole('button', { name: 'Add engine' }).click();
    await expect(page).toHaveURL(/#\/e\/ssh-box\/containers$/);
  });

  await test.step('a container on the SSH engine shows under it only; its log, a shell and a pop-out log keep the engine', async () => {
    await expect(page.getByRole('link', { name: NAME, exact: true })).toBeVisible();
    await engines.getByRole('link', { name: /tls-box/ }).click();
    await expect(page).toHaveURL(/#\/e\/tls-box\/containers$/);
    await expect(page.getByRole('link', { name: NAME, exact: true })).toHaveCount(0);
    await engines.getByRole('link', { name: /ssh-box/ }).click();
    await page.getByRole('link', { name: NAME, exact: true }).click();
    await expect(page).toHaveURL(/#\/e\/ssh-box\/containers\//);
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page.getByRole('log').getByText('hello-from-ssh', { exact: true })).toBeVisible();
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open in window' }).click();
    const win = await popup;
    await expect(win).toHaveURL(/#\/e\/ssh-box\/logs\//);
    await expect(win.getByRole('log').getByText('hello-from-ssh', { exact: true })).toBeVisible();
    await win.close();
    await page.getByRole('tab', { name: 'Shell', exact: true }).click();
    await expect(page.getByRole('textbox', { name: `Terminal: Shell 1 in ${NAME}` })).toBeFocused();
    await page.keyboard.type('echo shell-on-$((40+2)) > /tmp/proof');
    await page.keyboard.press('Enter');
    await expect.poll(() => { try { return onRemote('exec', NAME, 'cat', '/tmp/proof').trim(); } catch { return ''; } }).toBe('shell-on-42');
  });

  await test.step('the All engines view lists every engine’s containers with their engine', async () => {
    await page.getByRole('link', { name: 'All engines' }).click();
    const table = page.getByRole('table', { name: 'All engines' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
    await expect(row.getByRole('link', { name: 'ssh-box' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: 'tls-box' });
    await expect(row).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: 'ssh-box' });
    await page.getByRole('searchbox', { name: 'Filter containers on every engine' }).fill(NAME);
    await expect(page.getByText(/^1 of \d+ containers on \d+ engines$/)).toBeVisible();
    // A row action goes to the row's engine.
    await row.getByRole('button', { name: `Stop ${NAME}` }).click();
    await expect.poll(() => onRemote('inspect', '-f', '{{.State.Running}}', NAME).trim(), { timeout: 30_000 }).toBe('false');
  });

  await test.step('the SSH engine’s dockerd stopping shows that engine down only, and it recovers on its own', async () => {
    sandbox('remote-engine-stop', 'ssh');
    await expect(engines.getByRole('link', { name: /ssh-box/ })).toContainText('down');
    await expect(engines.getByRole('link', { name: /tls-box/ })).toContainText('running');
    await expect(engines.getByRole('link', { name: /DOCKER_HOST/ })).toContainText('running');
    sandbox('remote-engine-start', 'ssh');
    await expect(engines.getByRole('link', { name: /ssh-box/ })).toContainText('running', { timeout: 30_000 });
  });
});
