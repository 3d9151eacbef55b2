import { expect, test } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

const NAME = 'e2e-kill';
// The process says which signal it got by its exit code.
const TRAPS = ['sh', '-c', 'trap "exit 42" USR1; while :; do sleep 1; done'];

test.beforeEach(async () => {
  await removeContainers(NAME);
  await (await docker.createContainer({ Image: 'berth/busybox', name: NAME, Cmd: TRAPS })).start();
});
test.afterAll(() => removeContainers(NAME));

test('kill from the row sends the signal chosen', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers`);
  await page.getByRole('button', { name: `Kill ${NAME}` }).click();
  const dialog = page.getByRole('dialog', { name: `Kill ${NAME}?` });
  await expect(dialog.getByLabel('Signal')).toBeFocused();
  await dialog.getByLabel('Signal').selectOption('SIGUSR1');
  await expect(dialog.getByLabel('Signal')).toHaveAccessibleDescription('Means what the program says it means.');
  await dialog.getByRole('button', { name: 'Kill', exact: true }).click();
  await expect.poll(async () => (await docker.getContainer(NAME).inspect()).State.ExitCode, { timeout: 5000 }).toBe(42);
});
