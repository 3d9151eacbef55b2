import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeStack, projectResources } from '../support/compose';
import { openProject } from '../support/compose-page';
import { docker, pushFreshImage, removeContainers } from '../support/engine';

// Jobs belong to main, not to the page: a reload in the middle of one leaves it running to its end, and the page that
// comes back shows it (the Jobs panel, or the compose project's page).

const PROJECT = 'e2ejobs';
const TARGET = 'e2e-jobs-target';
const IMAGE = '127.0.0.1:5055/berth/e2e-reload:latest';
let dir: string;
let target: string;

const jobsPanel = async (page: Page) => {
  await page.getByRole('button', { name: /^Jobs/ }).click();
  return page.getByRole('complementary', { name: 'Jobs' });
};

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'berth-e2e-jobs-'));
  await removeContainers(TARGET);
  const container = await docker.createContainer({ name: TARGET, Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
  await container.start();
  target = container.id;
});
test.afterAll(async () => {
  await removeContainers(TARGET);
  await docker.getImage(IMAGE).remove().catch(() => undefined);
  const { containers, volumes, networks } = await projectResources(PROJECT);
  await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true })));
  await Promise.all([...volumes.map((v) => docker.getVolume(v.Name).remove()), ...networks.map((n) => docker.getNetwork(n.Id).remove())]);
  await rm(dir, { recursive: true, force: true });
});

test('an upload goes on through a reload; the page that comes back shows it done', async ({ page }) => {
  const big = path.join(dir, 'big.bin');
  await writeFile(big, '');
  await truncate(big, 400 * 1024 * 1024);
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers/${target}`);
  await page.getByRole('tab', { name: 'Files' }).click();
  await page.getByRole('button', { name: 'Upload…' }).click();
  const upload = page.getByRole('dialog', { name: 'Upload into /' });
  await upload.getByLabel('Files and folders on this computer').fill(big);
  await upload.getByRole('button', { name: 'Upload…' }).click();
  await expect(upload.getByRole('progressbar')).toBeVisible(); // main has the job and is sending
  await page.reload();
  // The newest of its name (the panel lists every job of this web host, newest first: other tests upload into / too).
  const job = (await jobsPanel(page)).getByRole('listitem', { name: 'Upload into /' }).first();
  await expect(job).toContainText('Done', { timeout: 60_000 });
  expect(execFileSync('docker', ['exec', TARGET, 'stat', '-c', '%s', '/big.bin']).toString().trim()).toBe(String(400 * 1024 * 1024));
});

test('a pull goes on through a reload; the page that comes back shows how it ended', async ({ page }) => {
  pushFreshImage(IMAGE);
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/images`);
  await page.getByRole('button', { name: 'Pull…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pull an image' });
  await dialog.getByLabel('Image reference').fill(IMAGE);
  await dialog.getByRole('button', { name: 'Pull', exact: true }).click();
  await expect(dialog.getByRole('status')).toBeVisible(); // main has the job
  await page.reload();
  const job = (await jobsPanel(page)).getByRole('listitem', { name: `Pull ${IMAGE}` });
  await expect(job).toContainText(`Status: Downloaded newer image for ${IMAGE}`, { timeout: 30_000 });
  expect((await docker.getImage(IMAGE).inspect()).RepoTags).toContain(IMAGE);
});

test('a compose down with its volumes goes on through a reload; the project page that comes back shows it done', async ({ page }) => {
  const folder = path.join(dir, 'shop');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'docker-compose.yml'), composeStack('18495'));
  execFileSync('docker-compose', ['-p', PROJECT, 'up', '-d'], { cwd: folder, stdio: 'pipe' });
  await openProject(page, folder, PROJECT);
  await page.getByRole('button', { name: 'Down…' }).click();
  const down = page.getByRole('dialog', { name: `Down ${PROJECT}` });
  await down.getByLabel('Also remove its volumes (their data is lost)').check();
  await down.getByRole('button', { name: 'Down', exact: true }).click();
  // Compose is at work (a container is stopping or gone) before the page goes.
  await expect.poll(async () => (await projectResources(PROJECT)).containers.filter((c) => c.State === 'running').length, { timeout: 30_000 }).toBeLessThan(2);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Output' }).getByRole('status')).toHaveText('Done: Down', { timeout: 60_000 });
  expect(await projectResources(PROJECT)).toEqual({ containers: [], volumes: [], networks: [] });
});
