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
