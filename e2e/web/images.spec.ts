import { expect, test } from '@playwright/test';
import { docker, pushFreshImage, startSandboxRegistry } from '../engine';

// Only from the local registry: nothing here may make the engine go to the internet.
const IMAGE = '127.0.0.1:5055/berth/e2e-pull:latest';
test.beforeAll(() => {
  startSandboxRegistry();
  pushFreshImage(IMAGE);
});
test.afterAll(() => docker.getImage(IMAGE).remove().catch(() => undefined));

test('pull checks the reference at the field, reports the engine status, and the image appears', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/images`);
  await page.getByRole('button', { name: 'Pull…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pull an image' });
  await dialog.getByLabel('Image reference').fill('Team/App');
  await dialog.getByRole('button', { name: 'Pull', exact: true }).click();
  await expect(dialog.getByText('image names must be lowercase')).toBeVisible();
  await dialog.getByLabel('Image reference').fill(IMAGE);
  await dialog.getByRole('button', { name: 'Pull', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Status: Downloaded newer image for ${IMAGE}`, { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('table', { name: 'Images' }).getByText(IMAGE)).toBeVisible();
});

test('removing images used by a container names the container; force removes them', async ({ page }) => {
  const maker = await docker.createContainer({ name: 'e2e-rm-maker', Image: 'berth/busybox:latest', Cmd: ['touch', '/made'] });
  await maker.start();
  await maker.wait();
  const { Id: id } = (await maker.commit({ repo: 'e2e/rm-me', tag: '1' })) as { Id: string };
  await maker.remove();
  const user = await docker.createContainer({ name: 'e2e-rm-user', Image: id, Cmd: ['true'] });
  try {
    await page.goto(`${process.env.BERTH_E2E_URL!}#/images`);
    await page.getByRole('checkbox', { name: 'Select e2e/rm-me:1' }).check();
    await page.getByRole('button', { name: 'Remove selected (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove 1 images?' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(dialog.getByRole('alert')).toContainText('is used by: e2e-rm-user');
    await dialog.getByRole('checkbox', { name: /^Force/ }).check();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Images' }).getByText('e2e/rm-me:1')).toHaveCount(0);
  } finally {
    await user.remove({ force: true });
    await docker.getImage(id).remove({ force: true }).catch(() => undefined);
  }
});

test('prune previews the dangling images and removes exactly those', async ({ page }) => {
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const maker = await docker.createContainer({ Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'head -c 100000 /dev/urandom > /blob'] });
    await maker.start();
    await maker.wait();
    ids.push(((await maker.commit({})) as { Id: string }).Id);
    await maker.remove();
  }
  await page.goto(`${process.env.BERTH_E2E_URL!}#/images`);
  await page.getByRole('button', { name: 'Prune…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prune images' });
  const list = dialog.getByRole('list', { name: 'Images that will be removed' });
  for (const id of ids) await expect(list.getByText(id.slice(7, 19))).toBeVisible();
  const count = await list.getByRole('listitem').count();
  await dialog.getByRole('button', { name: new RegExp(`^Remove ${count} images`) }).click();
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^Removed ${count} images; .* freed\\.$`));
  for (const id of ids) await expect(docker.getImage(id).inspect()).rejects.toMatchObject({ statusCode: 404 });
});
