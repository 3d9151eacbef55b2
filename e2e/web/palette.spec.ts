import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** Ctrl+K (or `keys`), then the query once the palette's field has the focus (its code loads on first use), then Enter. */
async function viaPalette(page: Page, query: string, keys = 'Control+k'): Promise<void> {
  await page.keyboard.press(keys);
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox')).toBeFocused();
  await page.keyboard.type(query);
  // The list the palette offers follows the engine: the wanted entry may come a moment after the state changed
  // (a remove is offered once the list shows the container stopped), so wait for it to lead.
  await expect(page.getByRole('option').first()).toContainText(query.split(' ').at(-1)!);
  await page.keyboard.press('Enter');
}

/** Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('the keyboard never reached it');
}

// The whole lifecycle with the keyboard alone: run from the dialog, the log, a shell, stop, remove.
test('without the mouse: run a container, open its log and a shell, stop it and remove it', async ({ page }) => {
  const name = 'e2e-keyboard';
  await removeContainers(name);
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers`);
  await page.keyboard.press('/');
  await tabTo(page, page.getByRole('button', { name: 'Run…' }).first());
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Run a container' });
  await expect(dialog.getByLabel('Image')).toBeFocused();
  await page.keyboard.type('berth/busybox:latest');
  await tabTo(page, dialog.getByLabel('Name', { exact: true }));
  await page.keyboard.type(name);
  await tabTo(page, dialog.getByLabel('Command', { exact: true }));
  await page.keyboard.type('sh -c "trap \'exit 0\' TERM; while :; do echo keyboard-line; sleep 1; done"');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator(`tr[data-container="${name}"] .state`)).toHaveText(/^running/);

  await viaPalette(page, `logs ${name}`);
  await expect(page.getByRole('log').getByText('keyboard-line').first()).toBeVisible();

  await viaPalette(page, `shell ${name}`);
  await expect(page.getByRole('tab', { name: /Shell 1/ })).toBeVisible();
  const terminal = page.locator('.xterm-helper-textarea');
  await expect(terminal).toBeFocused();
  await page.keyboard.type('touch /tmp/typed-here\n');
  const container = docker.getContainer((await docker.listContainers({ filters: { name: [name] } }))[0]!.Id);
  await expect.poll(async () => {
    const exec = await container.exec({ Cmd: ['test', '-f', '/tmp/typed-here'] });
    const stream = await exec.start({});
    await new Promise((done) => stream.on('end', done).resume()); // the test has run when its stream ends
    return (await exec.inspect()).ExitCode;
  }, { timeout: 10_000 }).toBe(0);

  await viaPalette(page, `stop ${name}`, 'Control+Shift+k'); // the shell takes Ctrl+K; this is the way out
  await expect.poll(async () => (await container.inspect()).State.Running, { timeout: 30_000 }).toBe(false);
  await viaPalette(page, `remove ${name}`, 'Control+Shift+k'); // the focus went back to the shell
  const confirm = page.getByRole('dialog', { name: /Remove/ });
  await expect(confirm.getByRole('button', { name: 'Remove', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await docker.listContainers({ all: true, filters: { name: [name] } })).length, { timeout: 15_000 }).toBe(0);
});
