import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { docker } from '../support/engine';

const VOLUMES = ['e2e-ev-one', 'e2e-ev-two', 'e2e-ev-three'];
test.afterAll(async () => {
  for (const name of VOLUMES) await docker.getVolume(name).remove().catch(() => undefined);
});

test('disk usage counts what `docker system df` counts, kind by kind', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/disk`);
  await expect(page.getByRole('region', { name: 'Images' })).toBeVisible();
  const cli = execFileSync('docker', ['system', 'df', '--format', '{{json .}}'], { encoding: 'utf8' }).trim().split('\n')
    .map((line) => JSON.parse(line) as { Type: string; TotalCount: string; Active: string });
  const regions: Record<string, string> = { Images: 'Images', Containers: 'Containers', 'Local Volumes': 'Local volumes', 'Build Cache': 'Build cache' };
  for (const row of cli) {
    const card = page.getByRole('region', { name: regions[row.Type] });
    await expect(card.getByRole('definition').nth(0)).toHaveText(row.TotalCount);
    await expect(card.getByRole('definition').nth(1)).toHaveText(row.Active);
  }
});

test('events from the CLI show within a second; pause holds them back; export writes JSON lines', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/events`);
  const table = page.getByRole('table', { name: 'Events' });
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Type' }).selectOption('volume');
  execFileSync('docker', ['volume', 'create', VOLUMES[0]!]);
  await expect(table.getByRole('row').filter({ hasText: VOLUMES[0]! })).toContainText('create', { timeout: 1000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  execFileSync('docker', ['volume', 'create', VOLUMES[1]!]);
  await page.getByRole('button', { name: 'Resume' }).click();
  execFileSync('docker', ['volume', 'create', VOLUMES[2]!]);
  await expect(table.getByRole('row').filter({ hasText: VOLUMES[2]! })).toBeVisible({ timeout: 1000 });
  await expect(table.getByRole('row').filter({ hasText: VOLUMES[1]! })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON lines' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; action: string; id: string });
  expect(lines.map((e) => [e.type, e.action, e.id])).toEqual([['volume', 'create', VOLUMES[2]], ['volume', 'create', VOLUMES[0]]]);
});

test('engine information shows what `docker info` and `docker version` say, the warnings in full', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/info`);
  const cli = (format: string) => execFileSync('docker', ['info', '--format', format], { encoding: 'utf8' }).trim();
  const engine = page.getByRole('region', { name: 'Engine', exact: true });
  await expect(engine.getByRole('definition').first()).toHaveText(execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' }).trim());
  const storage = page.getByRole('region', { name: 'Storage and cgroups' });
  await expect(storage.getByRole('definition').first()).toHaveText(cli('{{.Driver}}'));
  const warnings = JSON.parse(cli('{{json .Warnings}}')) as string[] | null;
  if (warnings?.length) await expect(page.getByRole('region', { name: /^The engine warns/ }).getByRole('listitem')).toHaveText(warnings);
  else await expect(page.getByRole('region', { name: /^The engine warns/ })).toHaveCount(0);
});

test('system prune shows its plan by kind, removes exactly that, and keeps (and names) what became used meanwhile', async ({ page }) => {
  for (const name of ['e2e-prune-stopped', 'e2e-prune-late']) await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
  await docker.getNetwork('e2e-prune-net').remove().catch(() => undefined);
  const stopped = await docker.createContainer({ name: 'e2e-prune-stopped', Image: 'berth/busybox:latest', Cmd: ['true'] });
  await docker.createNetwork({ Name: 'e2e-prune-net' });

  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/disk`);
  await page.getByRole('button', { name: 'Clean up…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clean up the engine (docker system prune)' });
  await expect(dialog.getByRole('checkbox', { name: 'Volumes no container uses (their data is deleted)' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Images' }).uncheck();
  await expect(dialog.getByRole('region', { name: /^Containers \(\d+\)$/ }).getByText('e2e-prune-stopped', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('region', { name: /^Networks \(\d+\)$/ }).getByText('e2e-prune-net', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('region', { name: /^Images/ })).toHaveCount(0);

  // After the plan is shown, a running container joins the network: it stays, and says why.
  const late = await docker.createContainer({ name: 'e2e-prune-late', Image: 'berth/busybox:latest', Cmd: ['sleep', '120'], HostConfig: { NetworkMode: 'e2e-prune-net' } });
  await late.start();
  await dialog.getByRole('button', { name: /^Remove \d+ items/ }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Removed \d+ items; .* freed\.$/);
  await expect(dialog.getByRole('list', { name: 'Kept' })).toContainText('e2e-prune-net — Used now by e2e-prune-late.');
  await expect(stopped.inspect()).rejects.toMatchObject({ statusCode: 404 });
  expect((await docker.getNetwork('e2e-prune-net').inspect()).Name).toBe('e2e-prune-net');
  await late.remove({ force: true });
  await docker.getNetwork('e2e-prune-net').remove();
});
