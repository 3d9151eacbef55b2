import { expect, test } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

// The sandbox as DOCKER_HOST, a Docker context the docker CLI made for it, and one for the TLS engine (global setup).
test('the sidebar lists every engine with its state; choosing one moves the page and its pop-out windows to it', async ({ page, context }) => {
  await removeContainers('e2e-engines');
  const container = await docker.createContainer({ name: 'e2e-engines', Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'echo from-context; sleep 600'] });
  await container.start();
  await page.goto(process.env.BERTH_E2E_URL!);
  const engines = page.getByRole('list', { name: 'Engines' });
  const local = engines.getByRole('link', { name: /DOCKER_HOST/ });
  const other = engines.getByRole('link', { name: /berth-e2e/ });
  await expect(local).toHaveAttribute('aria-current', 'page');
  await expect(other).toContainText(/\d+ running/);

  await other.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/e\/context-berth-e2e\/containers$/);
  await expect(other).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'e2e-engines', exact: true }).click();
  await expect(page).toHaveURL(/#\/e\/context-berth-e2e\/containers\//);
  await page.getByRole('tab', { name: 'Logs' }).click();
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open in window' }).click();
  const win = await popup;
  await expect(win).toHaveURL(/#\/e\/context-berth-e2e\/logs\//);
  await expect(win.getByRole('log').getByText('from-context', { exact: true })).toBeVisible();
  await win.close();

  await local.click();
  await expect(page).toHaveURL(/#\/e\/local\/containers$/);
  // Alt+number: the engine in that place of the list.
  await expect(other).toHaveAttribute('aria-keyshortcuts', 'Alt+2');
  await page.keyboard.press('Alt+Digit2');
  await expect(page).toHaveURL(/#\/e\/context-berth-e2e\/containers$/);
  await page.keyboard.press('Alt+Digit1');
  await expect(local).toHaveAttribute('aria-current', 'page');
  await removeContainers('e2e-engines');
});
