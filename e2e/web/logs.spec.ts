import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

const P = 'e2e-logs-';
test.beforeAll(() => removeContainers(P));
test.afterAll(() => removeContainers(P));

async function run(name: string, script: string): Promise<string> {
  const container = await docker.createContainer({ name: P + name, Image: 'berth/busybox:latest', Cmd: ['sh', '-c', script] });
  await container.start();
  return container.id;
}
/** Waits until the engine holds a line of the container's log containing `text` (instead of a guessed sleep). */
const untilLogged = (id: string, text: string) =>
  expect.poll(() => execFileSync('sh', ['-c', 'docker logs "$1" 2>&1', 'sh', id], { encoding: 'utf8' }).includes(text), { timeout: 20_000 }).toBe(true);
/** Writes a line to the container's stdout from outside, as its main process would. */
const say = (name: string, text: string) => execFileSync('docker', ['exec', P + name, 'sh', '-c', `echo "${text}" > /proc/1/fd/1`]);

async function openLogs(page: Page, id: string) {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/containers/${id}`);
  await page.getByRole('tab', { name: 'Logs' }).click();
}
const logOf = (page: Page, name: string) => page.getByRole('log', { name: `Log lines of ${P}${name}` });

test('tail, follow, search, timestamps and an export equal to docker logs', async ({ page }) => {
  const id = await run('count', 'i=0; while [ $i -lt 5000 ]; do i=$((i+1)); echo "line $i"; done; sleep 0.5; echo "warning: disk" >&2; sleep 600');
  await untilLogged(id, 'warning: disk');
  await openLogs(page, id);
  const log = logOf(page, 'count');
  await expect(log.getByText('line 5000', { exact: true })).toBeVisible();
  await expect(log.locator('.log-stderr')).toHaveText('warning: disk');
  await expect(page.getByText('1000 lines kept (0 older ones dropped from memory)')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search the log' });
  await search.fill('line 4321');
  await expect(page.getByRole('status').filter({ hasText: 'matching lines' })).toHaveText('1 of 1 matching lines');
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(log.locator('[data-current] mark')).toHaveText('line 4321');
  await page.getByRole('checkbox', { name: 'Regular expression' }).check();
  await search.fill('^line 49\\d\\d$');
  await expect(page.getByRole('status').filter({ hasText: 'matching lines' })).toHaveText('1 of 100 matching lines');
  await page.getByRole('checkbox', { name: 'Only matching lines' }).check();
  await expect(log.getByText('line 4000', { exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Only matching lines' }).uncheck();
  await search.fill('');

  await page.getByRole('checkbox', { name: 'Timestamps' }).check();
  await expect(log.locator('.log-ts').first()).toHaveText(/^\d{4}-\d\d-\d\dT[\d:.]+Z $/);
  await page.getByRole('checkbox', { name: 'Timestamps' }).uncheck();
  await expect(log.locator('.log-ts')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export…' }).click();
  const file = await (await download).path();
  expect(readFileSync(file).equals(execFileSync('bash', ['-c', `docker logs --tail 1000 ${P}count 2>&1`]))).toBe(true);
});

test('follow pauses when scrolled up, counts new lines, and a clear is remembered', async ({ page }) => {
  const id = await run('pause', 'i=0; while [ $i -lt 300 ]; do i=$((i+1)); echo "old $i"; done; sleep 600');
  await openLogs(page, id);
  const log = logOf(page, 'pause');
  await expect(log.getByText('old 300', { exact: true })).toBeVisible();
  await log.evaluate((el) => { el.scrollTop = 0; });
  await expect(page.getByRole('button', { name: /^Jump to latest/ })).toBeVisible();
  for (const n of [1, 2, 3]) say('pause', `new ${n}`);
  await expect(page.getByRole('button', { name: 'Jump to latest (3 new)' })).toBeVisible();
  await expect(log.getByText('new 3', { exact: true })).toHaveCount(0); // still where the user scrolled
  await page.getByRole('button', { name: 'Jump to latest (3 new)' }).click();
  await expect(log.getByText('new 3', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(log.getByText('new 3', { exact: true })).toHaveCount(0);
  say('pause', 'after clear');
  await expect(log.getByText('after clear', { exact: true })).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Logs' }).click();
  await expect(log.getByText('after clear', { exact: true })).toBeVisible();
  await expect(log.getByText('old 300', { exact: true })).toHaveCount(0);
});

test('ANSI colours and a 100,000-character line render; the page stays responsive', async ({ page }) => {
  const id = await run('ansi', 'printf "\\033[31mred alert\\033[0m plain\\n"; head -c 100000 /dev/zero | tr "\\0" y; echo; echo tail-line; sleep 600');
  await untilLogged(id, 'tail-line');
  await openLogs(page, id);
  const log = logOf(page, 'ansi');
  await expect(log.locator('.ansi-red-fg')).toHaveText('red alert');
  await expect(log.getByText('… 90000 more characters', { exact: false })).toBeVisible();
  await expect(log.getByText('tail-line', { exact: true })).toBeVisible();
  const started = Date.now();
  await page.getByRole('searchbox', { name: 'Search the log' }).fill('yyyy');
  await expect(page.getByRole('status').filter({ hasText: 'matching lines' })).toHaveText('1 of 1 matching lines');
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a log popped out into its own window keeps following while the main window goes elsewhere', async ({ page, context }) => {
  const id = await run('popout', 'echo first; sleep 600');
  await openLogs(page, id);
  await expect(logOf(page, 'popout').getByText('first', { exact: true })).toBeVisible();
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open in window' }).click();
  const win = await popup;
  await expect(logOf(win, 'popout').getByText('first', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Images' }).click();
  say('popout', 'second');
  await expect(logOf(win, 'popout').getByText('second', { exact: true })).toBeVisible();
  await docker.getContainer(id).restart({ t: 0 });
  await expect(logOf(win, 'popout').getByText(/the container started again/)).toBeVisible();
});

test('a compose project’s logs merge in time order with a prefix per container, filterable by container', async ({ page, context }) => {
  const service = async (name: string, first: string) => {
    const container = await docker.createContainer({
      name: `${P}proj-${name}`, Image: 'berth/busybox:latest', Cmd: ['sh', '-c', `echo ${first}; exec sleep 600`],
      Labels: { 'com.docker.compose.project': 'e2eproj', 'com.docker.compose.service': name },
    });
    await container.start();
    await untilLogged(container.id, first);
  };
  // Each line is in the engine's log before the next is written, so their order in time is certain (two containers
  // started at once with sleeps in between were not: the engine may start the second one first).
  await service('web', 'one');
  await service('db', 'two');
  say('proj-web', 'three');
  await untilLogged(`${P}proj-web`, 'three');
  await page.goto(process.env.BERTH_E2E_URL!);
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Logs of project e2eproj' }).click();
  const win = await popup;
  const log = win.getByRole('log', { name: 'Log lines of e2eproj' });
  await expect(log.locator('.log-row')).toHaveText(['web │ one', 'db │ two', 'web │ three']);
  await win.getByRole('checkbox', { name: 'db' }).uncheck();
  await expect(log.locator('.log-row')).toHaveText(['web │ one', 'web │ three']);
});
