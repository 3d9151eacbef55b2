import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docker, removeContainers } from '../support/engine';

const NET = 'e2e-run-net';
let dir: string;
test.beforeAll(async () => {
  await removeContainers('e2e-run-');
  await docker.getNetwork(NET).remove().catch(() => undefined);
  await docker.createNetwork({ Name: NET });
  dir = await mkdtemp(path.join(tmpdir(), 'berth-e2e-run-'));
  await writeFile(path.join(dir, 'app.env'), '# settings\nFROM_FILE=yes\n\nMODE=test\n');
});
test.afterAll(async () => {
  await removeContainers('e2e-run-');
  await docker.getNetwork(NET).remove().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

test('the run dialog’s further flags reach the engine as docker run sends them; the network is picked from real ones', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers`);
  await page.getByRole('button', { name: 'Run…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Run a container' });
  await dialog.getByLabel('Image').fill('berth/busybox:latest');
  await dialog.getByLabel('Name', { exact: true }).fill('e2e-run-flags');
  await dialog.getByLabel('Command', { exact: true }).fill('sleep 300');
  await dialog.getByLabel('Network').selectOption(NET);
  await dialog.getByText('More options').click();
  await dialog.getByLabel('Working directory (-w)').fill('/tmp');
  await dialog.getByLabel('User (-u)').fill('1000:1000');
  await dialog.getByLabel('Hostname (--hostname)').fill('box1');
  await dialog.getByLabel('Env file (--env-file)').fill(path.join(dir, 'missing.env'));
  await dialog.getByLabel('Labels (-l)').fill('team=blue');
  await dialog.getByLabel('Extra hosts (--add-host)').fill('db:10.1.2.3');
  await dialog.getByLabel('DNS servers (--dns)').fill('9.9.9.9');
  await dialog.getByLabel('Add capabilities (--cap-add)').fill('NET_ADMIN');
  await expect(dialog.getByRole('note')).toContainText('give the container power over this engine’s machine');
  await dialog.getByLabel('Drop capabilities (--cap-drop)').fill('MKNOD');
  await dialog.getByLabel('Run an init process (--init)').check();
  await dialog.getByLabel('CPUs (--cpus)').fill('0.5');
  await dialog.getByLabel('Memory limit (-m)').fill('64m');
  await dialog.getByLabel('Shared memory (--shm-size)').fill('32m');
  await dialog.getByLabel('Health command (--health-cmd)').fill('test -d /tmp');
  await dialog.getByLabel('Interval').fill('2s');
  await dialog.getByLabel('Retries').fill('2');
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  // The env file is read where Berth runs: a missing one is said at its field, and nothing is created.
  await expect(dialog.getByLabel('Env file (--env-file)')).toHaveAccessibleDescription(/There is no file .*missing\.env/);
  expect(await docker.listContainers({ all: true, filters: { name: ['e2e-run-flags'] } })).toEqual([]);
  await dialog.getByLabel('Env file (--env-file)').fill(path.join(dir, 'app.env'));
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await expect(dialog).toBeHidden();

  const c = await docker.getContainer('e2e-run-flags').inspect();
  expect(c.Config).toMatchObject({ WorkingDir: '/tmp', User: '1000:1000', Hostname: 'box1', Labels: { team: 'blue' } });
  expect(c.Config.Env).toEqual(expect.arrayContaining(['FROM_FILE=yes', 'MODE=test']));
  expect(c.Config.Healthcheck).toEqual({ Test: ['CMD-SHELL', 'test -d /tmp'], Interval: 2e9, Retries: 2 });
  expect(c.HostConfig).toMatchObject({
    NetworkMode: NET, ExtraHosts: ['db:10.1.2.3'], Dns: ['9.9.9.9'], CapAdd: ['NET_ADMIN'], CapDrop: ['MKNOD'], Init: true,
    NanoCpus: 5e8, Memory: 64 * 1024 ** 2, ShmSize: 32 * 1024 ** 2,
  });
  // Health shows in the list once the engine has run the check.
  await page.getByRole('link', { name: 'e2e-run-flags', exact: true }).waitFor();
  await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: 'e2e-run-flags', exact: true }) })).toContainText('healthy', { timeout: 15_000 });

  // The filter's keys, with completion from what the containers have.
  const filter = page.getByRole('combobox', { name: 'Filter containers' }); // a search box with suggestions
  await filter.fill('label:te');
  await expect(page.locator('#container-filter-completions option[value="label:team=blue"]')).toHaveCount(1);
  await filter.fill(`label:team=blue network:${NET} health:healthy`);
  await expect(page.getByRole('link', { name: 'e2e-run-flags', exact: true })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await filter.fill('label:team=blue status:exited');
  await expect(page.getByRole('link', { name: 'e2e-run-flags', exact: true })).toHaveCount(0);
});

test('copy as docker run gives a line that, pasted into Run…, makes the same container again', async ({ page }) => {
  const source = await docker.createContainer({
    name: 'e2e-run-source', Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'echo "hi there"; sleep 300'], Env: ['A=1'], Labels: { team: 'red' },
    HostConfig: { Memory: 128 * 1024 ** 2, RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 }, PortBindings: { '80/tcp': [{ HostPort: '18089' }] } },
    ExposedPorts: { '80/tcp': {} },
  });
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers/${source.id}`);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Copy as docker run…' }).click();
  const shown = page.getByRole('dialog', { name: 'docker run for e2e-run-source' }).getByLabel('Command line');
  await expect(shown).toHaveValue(/^docker run -d --name e2e-run-source /);
  const line = await shown.inputValue();
  expect(line).toBe(`docker run -d --name e2e-run-source --restart on-failure:2 -p 18089:80 -e A=1 -l team=red -m 128m berth/busybox:latest sh -c 'echo "hi there"; sleep 300'`);
  await page.keyboard.press('Escape');

  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers`);
  await page.getByRole('button', { name: 'Run…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Run a container' });
  await dialog.getByText('Paste docker run…').click();
  await dialog.getByLabel('A docker run command').fill(line.replace('--name e2e-run-source', '--name e2e-run-copy').replace('18089:80', '18090:80'));
  await dialog.getByRole('button', { name: 'Fill the form' }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  const [a, b] = await Promise.all([source.inspect(), docker.getContainer('e2e-run-copy').inspect()]);
  for (const c of [a, b]) expect(c.HostConfig.Memory).toBe(128 * 1024 ** 2);
  expect(b.Config.Cmd).toEqual(a.Config.Cmd);
  expect(b.Config.Env).toEqual(a.Config.Env);
  expect(b.Config.Labels).toEqual(a.Config.Labels);
  expect(b.HostConfig.RestartPolicy).toEqual(a.HostConfig.RestartPolicy);
});

test('a container page follows health as the engine changes it: starting → healthy → unhealthy → healthy', async ({ page }) => {
  const c = await docker.createContainer({
    name: 'e2e-run-health-flip', Image: 'berth/busybox:latest', Cmd: ['sleep', '300'],
    Healthcheck: { Test: ['CMD-SHELL', 'test -f /tmp/ok'], Interval: 1e9, Retries: 1, StartPeriod: 60e9 },
  });
  await c.start();
  try {
    await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers/${c.id}`);
    const health = page.getByRole('definition').filter({ hasText: /^(health: starting|healthy|unhealthy)/ });
    await expect(health).toHaveText(/^health: starting/);
    for (const [cmd, state] of [['touch /tmp/ok', 'healthy'], ['rm /tmp/ok', 'unhealthy'], ['touch /tmp/ok', 'healthy']] as const) {
      execFileSync('docker', ['exec', c.id, 'sh', '-c', cmd]);
      // Once the engine says so, the page says so too, at the pace of its events (it stayed at "starting" for 15 s).
      await expect.poll(() => execFileSync('docker', ['inspect', '-f', '{{.State.Health.Status}}', c.id]).toString().trim(), { timeout: 10_000 }).toBe(state);
      await expect(health).toHaveText(new RegExp(`^${state}`), { timeout: 3_000 });
    }
  } finally {
    await c.remove({ force: true });
  }
});

test('a container page: health with the last checks’ output; processes refresh themselves; resources updated at once, checked at the field', async ({ page }) => {
  const c = await docker.createContainer({
    name: 'e2e-run-health', Image: 'berth/busybox:latest', Cmd: ['sleep', '300'],
    Healthcheck: { Test: ['CMD-SHELL', 'echo checked-ok'], Interval: 1e9, Retries: 3 }, HostConfig: { Memory: 64 * 1024 ** 2 },
  });
  await c.start();
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers/${c.id}`);
  await expect(page.getByRole('definition').filter({ hasText: /^healthy/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('table', { name: 'Latest health checks' })).toContainText('checked-ok');

  await page.getByRole('tab', { name: 'Processes' }).click();
  const processes = page.getByRole('table', { name: 'Processes' });
  await expect(processes).toContainText('sleep 300');
  const exec = await c.exec({ Cmd: ['sleep', '77'] });
  await exec.start({ Detach: true });
  await expect(processes).toContainText('sleep 77'); // no click: the tab refreshes itself

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Update resources…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Resources of e2e-run-health (docker update)' });
  await expect(dialog.getByLabel('Memory limit (-m)')).toHaveValue('64m');
  await dialog.getByLabel('Memory limit (-m)').fill('96m');
  await dialog.getByLabel('Memory + swap (--memory-swap)').fill('32m');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Memory + swap (--memory-swap)')).toHaveAccessibleDescription(/Memory \+ swap must be at least the memory limit/);
  await dialog.getByLabel('Memory + swap (--memory-swap)').fill('192m');
  await dialog.getByLabel('CPUs (--cpus)').fill('0.25');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await c.inspect()).HostConfig).toMatchObject({ Memory: 96 * 1024 ** 2, MemorySwap: 192 * 1024 ** 2, NanoCpus: 2.5e8 });
});
