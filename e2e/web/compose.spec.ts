import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeStack, projectResources } from '../support/compose';
import { openProject } from '../support/compose-page';
import { docker, removeContainers } from '../support/engine';
import { spawnWebHost } from '../support/spawn-web-host';

const SHOP = 'e2eshop';
const CLI = 'e2ecli';
const BROKEN = 'e2ebroken';
const PORTS = { first: 18491, edited: 18492, taken: 18493 };
let dir: string;
const compose = (project: string, folder: string, args: string[]) =>
  execFileSync('docker-compose', ['-p', project, ...args], { cwd: folder, stdio: 'pipe' }).toString();
const ids = async (project: string, service: string) => (await projectResources(project)).containers.filter((c) => c.Labels['com.docker.compose.service'] === service).map((c) => c.Id).sort();
const answers = async (port: number) => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status ?? 0;

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const at = path.join(dir, name);
  await mkdir(at, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(at, file), text);
  return at;
}

/** A service's row: the one whose first cell is its name (other rows may name it as what they start after). */
const serviceRow = (table: Locator, name: string) => table.getByRole('row').filter({ has: table.page().getByRole('cell', { name, exact: true }) });
const runStatus = (page: Page) => page.getByRole('region', { name: 'Output' }).getByRole('status');

async function cleanProjects(): Promise<void> {
  for (const project of [SHOP, CLI, BROKEN]) {
    const { containers, volumes, networks } = await projectResources(project);
    await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true })));
    await Promise.all(volumes.map((v) => docker.getVolume(v.Name).remove()));
    await Promise.all(networks.map((n) => docker.getNetwork(n.Id).remove()));
  }
  await docker.getContainer('e2e-port-holder').remove({ force: true }).catch(() => undefined);
}

test.beforeAll(async () => {
  await cleanProjects();
  dir = await mkdtemp(path.join(tmpdir(), 'berth-e2e-compose-'));
});
test.afterAll(async () => {
  await cleanProjects();
  await rm(dir, { recursive: true, force: true });
});

test('open a project, up (the port answers), scale, stop a service, edit the port and apply (only web recreated), down with volumes', async ({ page }) => {
  test.setTimeout(180_000);
  const shop = await folder('shop', { 'docker-compose.yml': composeStack('${WEB_PORT}'), '.env': `WEB_PORT=${PORTS.first}\n` });
  await openProject(page, shop, SHOP);
  const services = page.getByRole('table', { name: 'Services' });
  await expect(serviceRow(services, 'worker')).toContainText('not created');

  await page.getByRole('button', { name: 'Up…' }).click();
  await page.getByRole('dialog', { name: `Up ${SHOP}` }).getByRole('button', { name: 'Up', exact: true }).click();
  await expect(runStatus(page)).toHaveText('Done: Up', { timeout: 60_000 });
  await expect(serviceRow(services, 'web')).toContainText('1/1 running');
  await expect.poll(() => answers(PORTS.first)).toBe(200);

  await page.getByRole('spinbutton', { name: 'Containers of worker' }).fill('3');
  await page.getByRole('button', { name: 'Scale service worker' }).click();
  await expect(runStatus(page)).toHaveText('Done: Scale worker=3', { timeout: 60_000 });
  await expect(serviceRow(services, 'worker')).toContainText('3/3 running');

  await page.getByRole('button', { name: 'Stop service worker' }).click();
  await expect(runStatus(page)).toHaveText('Done: Stop worker', { timeout: 60_000 });
  expect((await projectResources(SHOP)).containers.filter((c) => c.Labels['com.docker.compose.service'] === 'worker').map((c) => c.State)).toEqual(['exited', 'exited', 'exited']);

  const web = await ids(SHOP, 'web');
  const workers = await ids(SHOP, 'worker');
  await page.getByRole('tab', { name: 'File' }).click();
  const editor = page.getByRole('textbox', { name: `Compose file ${path.join(shop, 'docker-compose.yml')}` });
  await expect(editor).toContainText('${WEB_PORT}:8080');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(composeStack(String(PORTS.edited)));
  await page.getByRole('button', { name: 'Apply (save, then up)' }).click();
  await expect(runStatus(page)).toHaveText('Done: Apply (save, then up)', { timeout: 60_000 });
  expect(await readFile(path.join(shop, 'docker-compose.yml'), 'utf8')).toBe(composeStack(String(PORTS.edited)));
  expect(await ids(SHOP, 'web')).not.toEqual(web);
  expect(await ids(SHOP, 'worker')).toEqual(workers);
  await expect.poll(() => answers(PORTS.edited)).toBe(200);

  await page.getByRole('button', { name: 'Down…' }).click();
  const down = page.getByRole('dialog', { name: `Down ${SHOP}` });
  await down.getByLabel('Also remove its volumes (their data is lost)').check();
  await down.getByRole('button', { name: 'Down', exact: true }).click();
  await expect(runStatus(page)).toHaveText('Done: Down', { timeout: 60_000 });
  expect(await projectResources(SHOP)).toEqual({ containers: [], volumes: [], networks: [] });
});

/** A project's row on the projects list. */
const projectRow = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test('a project started from a terminal shows up by itself, with its file; Stop and Start from the list', async ({ page }) => {
  const cli = await folder('cli', { 'compose.yaml': composeStack(String(PORTS.taken + 10)) });
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/compose`);
  compose(CLI, cli, ['up', '-d']);
  const row = projectRow(page, CLI);
  await expect(row).toContainText('running 2/2');
  await expect(row).toContainText(path.join(cli, 'compose.yaml'));
  await row.getByRole('button', { name: `Stop project ${CLI}` }).click();
  await expect(row).toContainText('exited (0/2)', { timeout: 60_000 });
  expect((await projectResources(CLI)).containers.filter((c) => c.State === 'running')).toEqual([]);
  await row.getByRole('button', { name: `Start project ${CLI}` }).click();
  await expect(row).toContainText('running 2/2', { timeout: 60_000 });
  await expect(row.getByRole('link', { name: /^Failed/ })).toHaveCount(0);
  await row.getByRole('link', { name: CLI }).click();
  await expect(serviceRow(page.getByRole('table', { name: 'Services' }), 'web')).toContainText('1/1 running');
});

test('an invalid file: each error at its line, nothing created; a port already taken: compose’s error, the state as it is', async ({ page }) => {
  test.setTimeout(120_000);
  const broken = await folder('broken', { 'compose.yaml': composeStack(String(PORTS.taken)) });
  await openProject(page, broken, BROKEN);
  await page.getByRole('tab', { name: 'File' }).click();
  const editor = page.getByRole('textbox', { name: `Compose file ${path.join(broken, 'compose.yaml')}` });
  await expect(editor).toContainText('services:');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(composeStack(String(PORTS.taken)).replace('    depends_on: [worker]\n', '    depends_on: [worker]\n    bogus_key: 1\n'));
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Problems:' })).toContainText("Line 7: Unsupported config option for services.web: 'bogus_key'");
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(composeStack(String(PORTS.taken)).replace('    ports:', '     ports:'));
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Problems:' })).toContainText('Line 4:');
  expect((await projectResources(BROKEN)).containers).toEqual([]);

  await (await docker.createContainer({ name: 'e2e-port-holder', Image: 'berth/httpd:latest', ExposedPorts: { '8080/tcp': {} }, HostConfig: { PortBindings: { '8080/tcp': [{ HostPort: String(PORTS.taken) }] } } })).start();
  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByRole('button', { name: 'Up…' }).click();
  await page.getByRole('dialog', { name: `Up ${BROKEN}` }).getByRole('button', { name: 'Up', exact: true }).click();
  await expect(runStatus(page)).toHaveText('Failed: Up', { timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Output' }).getByRole('alert')).toContainText('port is already allocated');
  const { containers } = await projectResources(BROKEN);
  const running = containers.filter((c) => c.State === 'running').length;
  await expect(page.locator('header').getByText(running ? `partly running ${running}/${containers.length}` : `exited (0/${containers.length})`)).toBeVisible();

  // The list's Start fails the same way: the row says so, and links to the page with compose's words.
  await page.getByRole('link', { name: 'All projects' }).click();
  const row = projectRow(page, BROKEN);
  await row.getByRole('button', { name: `Start project ${BROKEN}` }).click();
  const failed = row.getByRole('link', { name: 'Failed: Start' });
  await expect(failed).toHaveAttribute('title', /port is already allocated/, { timeout: 60_000 });
  await failed.click();
  await expect(page.getByRole('region', { name: 'Output' }).getByRole('alert')).toContainText('port is already allocated');
});

test('a compose file from two running containers, shown in the editor and saved', async ({ page }) => {
  const names = ['e2e-gen-a', 'e2e-gen-b'];
  for (const name of names) {
    await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
    await (await docker.createContainer({ name, Image: 'berth/busybox:latest', Cmd: ['sleep', '300'], Env: [`WHO=${name}`] })).start();
  }
  try {
    await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/compose`);
    await page.getByRole('button', { name: 'Compose file from containers…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compose file from containers' });
    for (const name of names) await dialog.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();
    await dialog.getByRole('button', { name: 'Write the file' }).click();
    await expect(dialog.getByRole('textbox', { name: /^Compose file/ })).toContainText('WHO=e2e-gen-b');
    const file = path.join(dir, 'generated.yaml');
    await dialog.getByRole('textbox', { name: 'File', exact: true }).fill(file);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    expect(compose('e2egen', dir, ['-f', file, 'config', '--services']).split('\n').filter(Boolean).sort()).toEqual(names);
  } finally {
    for (const name of names) await docker.getContainer(name).remove({ force: true });
  }
});

test('without any compose installed, the screen says where Berth looked and how to install it; the rest works', async ({ browser }) => {
  const bin = path.join(dir, 'bin-without-compose');
  await mkdir(bin, { recursive: true });
  await symlink(process.execPath, path.join(bin, 'node'));
  const { child, url } = await spawnWebHost([], [], { PATH: bin });
  await removeContainers('e2e-no-compose');
  await docker.createContainer({ name: 'e2e-no-compose', Image: 'berth/busybox:latest', Cmd: ['true'] });
  const page = await browser.newPage();
  try {
    await page.goto(`${url.href}#/e/local/compose`);
    await expect(page.getByRole('status').filter({ hasText: 'No compose is installed' })).toContainText('docker-compose (on PATH)');
    await expect(page.getByText('To install: the docker compose plugin')).toBeVisible();
    await page.getByRole('link', { name: 'Containers' }).click();
    await expect(page.getByRole('heading', { name: 'Containers' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'e2e-no-compose', exact: true })).toBeVisible();
  } finally {
    await page.close();
    child.kill();
    await removeContainers('e2e-no-compose');
  }
});
