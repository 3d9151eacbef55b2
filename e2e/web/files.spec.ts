import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docker, removeBrowsedVolume, removeContainers } from '../support/engine';

const VOLUME = 'e2e-files-vol';
const USER = 'e2e-files-user';
const WRITER = 'e2e-files-writer';
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];
let host: string;

const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

async function execOut(container: string, cmd: string[]): Promise<string> {
  const run = await docker.getContainer(container).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
  const stream = await run.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).subarray(8).toString('utf8');
}

async function clean(): Promise<void> {
  await removeContainers('e2e-files-');
  await removeBrowsedVolume(VOLUME);
}
test.beforeAll(async () => {
  await clean();
  host = await mkdtemp(path.join(tmpdir(), 'berth-e2e-files-'));
  await writeFile(path.join(host, 'report.bin'), Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256)));
  await docker.createVolume({ Name: VOLUME });
  await (await docker.createContainer({ Image: 'berth/busybox', name: USER, Cmd: LOOP, HostConfig: { Binds: [`${VOLUME}:/data`] } })).start();
});
test.afterAll(async () => {
  await clean();
  await rm(host, { recursive: true, force: true });
});

test('a volume’s files: upload, seen inside the container, downloaded back byte for byte; folder, rename, delete; `..` refused', async ({ page }) => {
  // Each time the page asks main for a folder's listing (the engine archives the whole folder for it).
  let listings = 0;
  page.on('websocket', (ws) => ws.on('framesent', (frame) => { if (String(frame.payload).includes('"files.list"')) listings++; }));
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/volumes/${VOLUME}`);
  await expect(page.getByRole('heading', { name: VOLUME })).toBeVisible();
  const files = page.getByRole('table', { name: 'Files in /' });
  await expect(page.getByText('This folder is empty.')).toBeVisible();

  await page.getByRole('button', { name: 'Upload…' }).click();
  const upload = page.getByRole('dialog', { name: 'Upload into /' });
  await upload.getByLabel('Files and folders on this computer').fill(path.join(host, 'report.bin'));
  await upload.getByRole('button', { name: 'Upload…' }).click();
  await expect(upload.getByRole('status')).toContainText('Done:');
  await upload.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(files.getByRole('button', { name: 'Download report.bin' })).toBeVisible();
  expect(await execOut(USER, ['md5sum', '/data/report.bin'])).toContain(createHash('md5').update(await readFile(path.join(host, 'report.bin'))).digest('hex'));

  await files.getByRole('button', { name: 'Download report.bin' }).click();
  const download = page.getByRole('dialog', { name: 'Download /report.bin' });
  const back = path.join(host, 'back.bin');
  await download.getByRole('textbox', { name: 'File' }).fill(back);
  await download.getByRole('button', { name: 'Download…' }).click();
  await expect(download.getByRole('status')).toContainText('Done:');
  const listedBeforeDownload = listings;
  await download.getByRole('button', { name: 'Close', exact: true }).click();
  expect(await sha(back)).toBe(await sha(path.join(host, 'report.bin')));

  await page.getByRole('button', { name: 'New folder…' }).click();
  const folder = page.getByRole('dialog', { name: 'New folder in /' });
  await folder.getByLabel('Name', { exact: true }).fill('a/b');
  await folder.getByRole('button', { name: 'Create' }).click();
  await expect(folder.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/A name cannot contain \//);
  await folder.getByLabel('Name', { exact: true }).fill('reports');
  await folder.getByRole('button', { name: 'Create' }).click();
  await expect(files.getByRole('button', { name: 'Open folder reports' })).toBeVisible();
  // The new folder was read again for; the download before it, which changed nothing, was not.
  expect(listings - listedBeforeDownload).toBe(1);

  // From the keyboard: F2 renames the focused row, Delete deletes it.
  await files.getByRole('button', { name: 'Download report.bin' }).focus();
  await page.keyboard.press('F2');
  const rename = page.getByRole('dialog', { name: 'Rename report.bin' });
  await rename.getByLabel('Name', { exact: true }).fill('renamed.bin');
  await rename.getByRole('button', { name: 'Rename…' }).click();
  await expect(files.getByRole('button', { name: 'Download renamed.bin' })).toBeVisible();
  expect(await execOut(USER, ['ls', '/data'])).toBe('renamed.bin\nreports\n');
  await files.getByRole('button', { name: 'Download renamed.bin' }).focus();
  await page.keyboard.press('Delete');
  const remove = page.getByRole('dialog', { name: 'Delete 1 items?' });
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(files.getByRole('button', { name: 'Download renamed.bin' })).toHaveCount(0);
  expect(await execOut(USER, ['ls', '/data'])).toBe('reports\n');

  await page.getByLabel('Go to path').fill('/reports/../../etc');
  await page.getByLabel('Go to path').press('Enter');
  await expect(page.getByRole('alert')).toHaveText('“..” is not allowed: the path must stay inside.');
  await files.getByRole('button', { name: 'Open folder reports' }).click();
  await expect(page.getByRole('table', { name: 'Files in /reports' })).toBeVisible();
  // The helper that served the browsing goes soon after; nothing is left behind.
  await expect.poll(async () => (await docker.listContainers({ all: true, filters: { label: ['berth.helper'] } })).length, { timeout: 15_000 }).toBe(0);
});

test('a stopped container: its files (one it wrote) browsable, changes explained; the Changes tab equals docker diff', async ({ page }) => {
  const writer = await docker.createContainer({ Image: 'berth/busybox', name: WRITER, Cmd: ['sh', '-c', 'mkdir -p /out && echo written > /out/result.txt && rm /bin/true && echo x >> /etc/hostname'] });
  await writer.start();
  await writer.wait();
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers/${writer.id}`);
  await page.getByRole('tab', { name: 'Files' }).click();
  await page.getByRole('button', { name: 'Open folder out' }).click();
  const out = page.getByRole('table', { name: 'Files in /out' });
  await expect(out.getByRole('row').filter({ hasText: 'result.txt' })).toContainText('8 B');
  await expect(page.getByText('deleting and renaming need it running')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Delete/ })).toBeDisabled();

  await page.getByRole('tab', { name: 'Changes' }).click();
  const diff = ((await writer.changes()) as { Path: string; Kind: number }[]).map((c) => `${'CAD'[c.Kind]} ${c.Path}`).sort();
  const table = page.getByRole('table', { name: 'Changes beside the image' });
  await expect(table.getByRole('row')).toHaveCount(diff.length + 1);
  const shown = (await table.getByRole('row').allInnerTexts()).slice(1).map((r) => r.replace(/\s+/, ' ').trim()).sort();
  expect(shown).toEqual(diff);
  await page.getByLabel('Kind').selectOption({ label: 'Deleted (1)' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('/bin/true');
});
