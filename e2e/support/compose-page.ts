import { expect, type Page } from '@playwright/test';

/** Opens a compose project from its files or folder through the compose screen's dialog. */
export async function openProject(page: Page, paths: string, name: string): Promise<void> {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/compose`);
  await page.getByRole('button', { name: 'Open project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a compose project' });
  await dialog.getByLabel('Compose files or folder').fill(paths);
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}
