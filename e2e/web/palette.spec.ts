import { expect, test } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

// Without the mouse: the command palette finds a container, opens its log, stops it, and the shortcut sheet lists the keys.
test('from the keyboard: Ctrl+K finds a container, opens its log and stops it; ? lists the shortcuts', async ({ page }) => {
  await removeContainers('e2e-palette');
  const container = await docker.createContainer({ name: 'e2e-palette', Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'trap "exit 0" TERM; echo palette-line; while :; do sleep 1; done'] });
  await container.start();
  await page.goto(process.env.BERTH_E2E_URL!);
  await expect(page.getByRole('link', { name: 'e2e-palette', exact: true })).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused(); // its code loads on first use
  await page.keyboard.type('e2e-palette');
  await expect(palette.getByRole('option', { name: 'Logs of e2e-palette' })).toBeVisible();
  await palette.getByRole('combobox').fill('logs e2e-palette');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/e\/local\/containers\/[0-9a-f]{64}\/logs$/);
  await expect(page.getByRole('log').getByText('palette-line', { exact: true })).toBeVisible();

  await page.keyboard.press('Control+k');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('stop e2e-palette');
  await expect(palette.getByRole('option', { name: 'Stop e2e-palette' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await container.inspect()).State.Running, { timeout: 30_000 }).toBe(false);

  await page.getByRole('heading', { name: 'e2e-palette' }).click(); // out of any field, as a user would be
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Command palette');
  await page.keyboard.press('Escape');
  await removeContainers('e2e-palette');
});
