import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

const P = 'e2e-shell-';
let id: string;
test.beforeAll(async () => {
  await removeContainers(P);
  const container = await docker.createContainer({ name: `${P}box`, Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
  await container.start();
  id = container.id;
});
test.afterAll(() => removeContainers(P));

async function openShell(page: Page, containerId = id, name = 'box') {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/containers/${containerId}`);
  await page.getByRole('tab', { name: 'Shell', exact: true }).click();
  const input = page.getByRole('textbox', { name: `Terminal: Shell 1 in ${P}${name}` });
  await expect(input).toBeFocused();
  return input;
}
// The terminal's text as assistive tech reads it (the WebGL renderer draws on a canvas). That copy is kept only when
// asked or when the system reports a screen reader, which a browser page cannot tell (Settings → Screen reader support
// in shells); the tests that read it start as a user who turned it on.
const screen = (page: Page) => page.locator('.terminal-panel:not([hidden]) .xterm-accessibility-tree');
async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}
const withScreenReader = (context: BrowserContext) => context.addInitScript(() => {
  localStorage.setItem('berth.prefs', JSON.stringify({ state: { terminalScreenReader: 'on' }, version: 0 }));
});

test('screen reader support is automatic, so off in a browser, until turned on in Settings; then the open shell gets its text copy', async ({ page }) => {
  await openShell(page);
  await expect(screen(page)).toHaveCount(0);
  await type(page, 'echo sr-$((1+1))');
  await page.getByRole('link', { name: 'Settings' }).click();
  const setting = page.getByRole('combobox', { name: 'Screen reader support in shells' });
  await expect(setting).toHaveValue('auto');
  await setting.selectOption({ label: 'On' });
  await page.goBack();
  await page.getByRole('tab', { name: 'Shell', exact: true }).click();
  await expect(screen(page)).toContainText('sr-2');
});

test.describe('with screen reader support on', () => {
  test.beforeEach(({ context }) => withScreenReader(context));

  test('a shell on an image without bash: arithmetic, the real size after a resize, paste, and the same shell after leaving', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openShell(page);
    await type(page, 'echo result=$((6*7))');
    await expect(screen(page)).toContainText('result=42');
    await expect(screen(page)).not.toContainText('not found');

    await page.setViewportSize({ width: 1000, height: 640 });
    const terminal = page.locator('.terminal-panel:not([hidden]) .terminal-host');
    await expect.poll(async () => Number(await terminal.getAttribute('data-cols'))).toBeLessThan(120);
    const [cols, rows] = [await terminal.getAttribute('data-cols'), await terminal.getAttribute('data-rows')];
    await type(page, 'stty size');
    await expect(screen(page)).toContainText(`${rows} ${cols}`);

    await page.evaluate(() => navigator.clipboard.writeText('echo pasted-$((2+3))'));
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await expect(screen(page)).toContainText('pasted-5');
    await expect(screen(page)).not.toContainText('^V');

    await type(page, 'echo pid-$$');
    await expect(screen(page)).toContainText(/pid-\d+/);
    const pid = /pid-(\d+)/.exec((await screen(page).textContent())!)![1];
    await page.getByRole('link', { name: 'Images' }).click();
    await expect(page.getByRole('heading', { name: 'Images' })).toBeVisible();
    await page.goBack();
    await page.getByRole('tab', { name: 'Shell', exact: true }).click();
    await expect(screen(page)).toContainText(`pid-${pid}`); // scrollback replayed
    await page.getByRole('textbox', { name: `Terminal: Shell 1 in ${P}box` }).focus();
    await type(page, 'echo again-$$');
    await expect(screen(page)).toContainText(`again-${pid}`);

    await page.getByRole('button', { name: 'Close Shell 1' }).click();
    const shells = async () => ((await docker.getContainer(id).top()).Processes ?? []).filter((p: string[]) => /(^|[ /])(ash|sh|bash)$/.test(p.at(-1) ?? ''));
    await expect.poll(async () => (await shells()).length).toBe(0);
  });

  test('an exited shell says so and offers a new one', async ({ page }) => {
    await openShell(page);
    await type(page, 'exit 4');
    await expect(page.getByRole('status').filter({ hasText: 'The process exited (code 4).' })).toBeVisible();
    await page.getByRole('button', { name: 'Start a new one' }).click();
    await expect(page.getByRole('textbox', { name: `Terminal: Shell 1 in ${P}box` })).toBeFocused();
    await type(page, 'echo fresh');
    await expect(screen(page)).toContainText('fresh');
  });

  test('a shell popped out into its own window is the same process', async ({ page, context }) => {
    await openShell(page);
    await type(page, 'echo here-$$');
    await expect(screen(page)).toContainText(/here-\d+/);
    const pid = /here-(\d+)/.exec((await screen(page).textContent())!)![1];
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open Shell 1 in a window' }).click();
    const win = await popup;
    const input = win.getByRole('textbox', { name: 'Terminal' });
    await expect(input).toBeFocused();
    await expect(win.locator('.xterm-accessibility-tree')).toContainText(`here-${pid}`); // its scrollback
    await win.keyboard.type('echo there-$$');
    await win.keyboard.press('Enter');
    await expect(win.locator('.xterm-accessibility-tree')).toContainText(`there-${pid}`);
    await expect(screen(page)).toContainText(`there-${pid}`); // and the first window sees it too
  });

  test('closing Shell 1 of two keeps Shell 2’s process: the same PID answers, and no other shell is left running', async ({ page }) => {
    // A container of its own: the other tests leave their sessions running in main.
    const container = await docker.createContainer({ name: `${P}tabs`, Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
    await container.start();
    await openShell(page, container.id, 'tabs');
    await page.getByRole('button', { name: 'New shell' }).click();
    const second = page.getByRole('textbox', { name: `Terminal: Shell 2 in ${P}tabs` });
    await expect(second).toBeFocused();
    await type(page, 'echo two-$$');
    await expect(screen(page)).toContainText(/two-\d+/);
    const pid = /two-(\d+)/.exec((await screen(page).textContent())!)![1];
    await page.getByRole('button', { name: 'Close Shell 1' }).click();
    // The remaining tab is "Shell 1" now: its label changed, its process must not.
    const remaining = page.getByRole('textbox', { name: `Terminal: Shell 1 in ${P}tabs` });
    await remaining.focus();
    await type(page, 'echo still-$$');
    await expect(screen(page)).toContainText(`still-${pid}`);
    // `docker top` shows host PIDs: count the shells (the container's own process is `sleep`).
    const shells = async () => ((await container.top({ ps_args: '-o pid,comm' })).Processes as string[][] ?? [])
      .filter(([, comm]) => comm !== 'sleep');
    await expect.poll(shells).toHaveLength(1);
  });
});
