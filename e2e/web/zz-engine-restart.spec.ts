import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

// Last on purpose: these stop the sandbox engine (and so every container on it).
test('engine stops: banner over the last state, in a pop-out log window too; engine back: recovery without a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await removeContainers('e2e-popout');
  const container = await docker.createContainer({ name: 'e2e-popout', Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'echo popped; sleep 600'] });
  await container.start();
  await page.goto(process.env.BERTH_E2E_URL!);
  await expect(page.getByText(/API 1\.\d+/)).toBeVisible();
  await page.evaluate(() => ((window as unknown as { berthMarker: number }).berthMarker = 42));
  const popout = await page.context().newPage();
  await popout.goto(`${process.env.BERTH_E2E_URL!}#/logs/${container.id}`);
  await expect(popout.getByRole('log', { name: 'Log lines of e2e-popout' }).getByText('popped')).toBeVisible();
  const lost = (p: typeof page) => p.getByRole('alert').filter({ hasText: 'The Docker Engine stopped answering' });

  execFileSync('bash', ['scripts/sandbox.sh', 'stop'], { stdio: 'inherit' });
  await expect(lost(page)).toBeVisible();
  await expect(lost(popout)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Containers' })).toBeVisible();

  execFileSync('bash', ['scripts/sandbox.sh', 'start'], { stdio: 'inherit' });
  await expect(lost(page)).toBeHidden({ timeout: 30_000 });
  await expect(lost(popout)).toBeHidden();
  await popout.close();
  await removeContainers('e2e-popout');
  await expect(page.getByText(/API 1\.\d+/)).toBeVisible();
  // Same document: nothing reloaded.
  expect(await page.evaluate(() => (window as unknown as { berthMarker?: number }).berthMarker)).toBe(42);
});

// Through the page: the view's own count of lines matching a search, against `docker logs` of the same container.
test('a log view follows across a container restart and an engine restart: every line once', async ({ page }) => {
  test.setTimeout(120_000);
  await removeContainers('e2e-survive');
  const container = await docker.createContainer({
    name: 'e2e-survive', Image: 'berth/busybox:latest',
    Cmd: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "n $i"; [ $((i % 5)) = 0 ] && echo "e $i" >&2; sleep 0.02; done'],
  });
  await container.start();
  await page.goto(`${process.env.BERTH_E2E_URL!}#/containers/${container.id}`);
  await page.getByRole('tab', { name: 'Logs' }).click();
  const log = page.getByRole('log', { name: 'Log lines of e2e-survive' });
  await expect(log.getByText(/^n \d+$/).first()).toBeVisible();

  await container.restart({ t: 0 });
  await expect(log.getByText(/the container started again/)).toBeVisible();
  execFileSync('bash', ['scripts/sandbox.sh', 'restart'], { stdio: 'inherit' });
  await expect(log.getByText(/the engine is back; following again/)).toBeVisible({ timeout: 30_000 });
  await container.start();

  const matching = async (pattern: string) => {
    await page.getByRole('searchbox', { name: 'Search the log' }).fill(pattern);
    const status = page.getByRole('search').getByRole('status');
    return async () => Number(/of (\d+) matching lines/.exec((await status.textContent()) ?? '')?.[1] ?? -1);
  };
  await page.getByRole('checkbox', { name: 'Regular expression' }).check();
  await expect.poll(await matching('^n 1$'), { timeout: 20_000 }).toBe(3); // three runs of the process, each seen once
  await container.stop({ t: 0 });
  const cli = Number(execFileSync('bash', ['-c', 'docker logs e2e-survive 2>&1 | wc -l']).toString());
  expect(cli).toBeGreaterThan(100);
  await expect.poll(await matching('^[ne] \\d+$'), { timeout: 20_000 }).toBe(cli);
  await removeContainers('e2e-survive');
});
