import { expect, test } from '@playwright/test';
import { formatBytes } from '../../renderer/ui/format';
import { docker, removeContainers } from '../support/engine';

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
  await dialog.getByLabel('Name').fill('-bad');
  await dialog.getByLabel('Labels').fill('team=blue\nnot a pair');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription(/A letter or digit, then letters/);
  await expect(dialog.getByLabel('Labels')).toHaveAccessibleDescription(/Line 2 is not key=value\./);
  await dialog.getByLabel('Name').fill(USED);
  await dialog.getByLabel('Labels').fill('team=blue');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription(/A volume named “e2e-vol-used” already exists\./);
  await dialog.getByLabel('Name').fill(MADE);
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
