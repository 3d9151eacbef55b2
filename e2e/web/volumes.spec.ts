import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatBytes } from '../../renderer/ui/format';
import { docker, removeBrowsedVolume, removeContainers } from '../support/engine';

const USED = 'e2e-vol-used';
const MADE = 'e2e-vol-made';
const USER = 'e2e-vol-user';
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];

async function clean(): Promise<void> {
  await removeContainers(USER);
  for (const name of [USED, MADE]) await docker.getVolume(name).remove().catch(() => undefined);
}
test.beforeAll(async () => {
  await clean();
  await docker.createVolume({ Name: USED });
  await (await docker.createContainer({ Image: 'berth/busybox', name: USER, Cmd: LOOP, HostConfig: { Binds: [`${USED}:/data`] } })).start();
  const write = await docker.getContainer(USER).exec({ Cmd: ['sh', '-c', 'head -c 3000000 /dev/zero > /data/blob'] });
  await new Promise((done) => write.start({}, (_err, stream) => { stream!.on('end', done); stream!.resume(); }));
});
test.afterAll(clean);

test('a volume in use says by whom, and removing it is refused with that name', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/volumes`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: USED, exact: true }) });
  await expect(row.getByRole('link', { name: USER })).toBeVisible();
  await expect(row).toContainText('(running)');
  await row.getByRole('button', { name: `Remove ${USED}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove volume ${USED}?` });
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(`Volume ${USED} is in use by: ${USER}.`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await docker.getVolume(USED).inspect()).Name).toBe(USED);
});

test('create checks each field where it was typed; a taken name is named; the new volume appears live and can be removed', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/volumes`);
  await page.getByRole('button', { name: 'Create volume…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create a volume' });
  await dialog.getByLabel('Name', { exact: true }).fill('-bad');
  await dialog.getByLabel('Labels').fill('team=blue\nnot a pair');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/A letter or digit, then letters/);
  await expect(dialog.getByLabel('Labels')).toHaveAccessibleDescription(/Line 2 is not key=value\./);
  await dialog.getByLabel('Name', { exact: true }).fill(USED);
  await dialog.getByLabel('Labels').fill('team=blue');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/A volume named “e2e-vol-used” already exists\./);
  await dialog.getByLabel('Name', { exact: true }).fill(MADE);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect((await docker.getVolume(MADE).inspect()).Labels).toEqual({ team: 'blue' });
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: MADE, exact: true }) });
  await expect(row).toContainText('Not used');
  // Keyboard: Delete on the row asks to remove it.
  await row.getByRole('link', { name: MADE, exact: true }).focus();
  await page.keyboard.press('Delete');
  await page.getByRole('dialog', { name: `Remove volume ${MADE}?` }).getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(row).toBeHidden();
  await expect(docker.getVolume(MADE).inspect()).rejects.toThrow(/no such volume/);
});

test('sizes come on demand, as the engine counts them; inspect shows the engine document', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/volumes`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: USED, exact: true }) });
  await page.getByRole('button', { name: 'Show sizes' }).click();
  const df = await docker.df() as { Volumes: { Name: string; UsageData: { Size: number } }[] };
  const size = df.Volumes.find((v) => v.Name === USED)!.UsageData.Size;
  expect(size).toBeGreaterThanOrEqual(3_000_000);
  await expect(row.getByRole('cell').nth(4)).toHaveText(formatBytes(size));
  await row.getByRole('button', { name: `Inspect ${USED}` }).click();
  const inspect = page.getByRole('dialog', { name: `Volume ${USED}` });
  await expect(inspect.locator('pre')).toContainText(`"Name": "${USED}"`);
});

test('export to a tar, remove, import it back: the same files; clone makes a copy with the same files', async ({ page }) => {
  const ARCH = 'e2e-vol-arch';
  const names = [ARCH, `${ARCH}-copy`];
  for (const n of names) await docker.getVolume(n).remove().catch(() => undefined);
  const sums = (volume: string) => execFileSync('docker', ['run', '--rm', '--network', 'none', '-v', `${volume}:/v`, 'berth/busybox', 'sh', '-c', 'cd /v && find . -type f | sort | xargs md5sum'], { encoding: 'utf8' });
  execFileSync('docker', ['run', '--rm', '--network', 'none', '-v', `${ARCH}:/v`, 'berth/busybox', 'sh', '-c', 'mkdir -p /v/d && head -c 300000 /dev/urandom > /v/d/blob && echo hi > /v/hi.txt']);
  const before = sums(ARCH);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'berth-e2e-arch-')), 'arch.tar.gz');

  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/volumes/${ARCH}`);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: `Export volume ${ARCH}` });
  await exporting.getByRole('textbox', { name: 'File' }).fill(file);
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByRole('status')).toContainText('Done:');
  await exporting.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Clone…' }).click();
  const cloning = page.getByRole('dialog', { name: `Clone volume ${ARCH}` });
  await cloning.getByLabel('New volume name').fill(ARCH);
  await cloning.getByRole('button', { name: 'Clone', exact: true }).click();
  await expect(cloning.getByLabel('New volume name')).toHaveAccessibleDescription(`A volume named ${ARCH} already exists.`);
  await cloning.getByLabel('New volume name').fill(`${ARCH}-copy`);
  await cloning.getByRole('button', { name: 'Clone', exact: true }).click();
  await expect(cloning.getByRole('status')).toContainText('Done:');
  await cloning.getByRole('button', { name: 'Close', exact: true }).click();
  expect(sums(`${ARCH}-copy`)).toBe(before);

  await page.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog', { name: `Remove volume ${ARCH}?` }).getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Volumes', level: 1 })).toBeVisible();
  await expect(docker.getVolume(ARCH).inspect()).rejects.toThrow(/no such volume/);

  await page.getByRole('button', { name: 'Import…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import a tar into a volume' });
  await importing.getByLabel('Name', { exact: true }).fill(ARCH);
  await importing.getByRole('textbox', { name: 'File' }).fill(file);
  await importing.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importing.getByRole('status')).toContainText('Done:');
  expect(sums(ARCH)).toBe(before);
  for (const n of names) await removeBrowsedVolume(n);
  await rm(path.dirname(file), { recursive: true, force: true });
});
