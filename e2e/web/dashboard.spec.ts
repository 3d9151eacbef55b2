import { expect, test } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

// Home: the engine at a glance, who uses most right now, what just happened, and the next steps.
test('the dashboard counts what docker ps counts, ranks a busy container first by CPU, and lists a start as it happens', async ({ page }) => {
  await removeContainers('e2e-dash');
  const busy = await docker.createContainer({ name: 'e2e-dash-busy', Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'while :; do :; done'] });
  await busy.start();
  await page.goto(`${process.env.BERTH_E2E_URL!}#/home`);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  const containers = page.getByRole('region', { name: 'Containers' });
  const running = (await docker.listContainers()).length;
  await expect(containers.getByRole('definition').first()).toHaveText(String(running));

  const cpu = page.getByRole('region', { name: 'CPU' });
  await expect(cpu.getByRole('listitem').first().getByRole('link')).toHaveText('e2e-dash-busy', { timeout: 15_000 });

  const quiet = await docker.createContainer({ name: 'e2e-dash-quiet', Image: 'berth/busybox:latest', Cmd: ['sleep', '300'] });
  await quiet.start();
  const events = page.getByRole('region', { name: 'Recent events' });
  await expect(events.getByText('container e2e-dash-quiet started')).toBeVisible();
  await expect(containers.getByRole('definition').first()).toHaveText(String(running + 1));

  // Quick actions open where they are, from the keyboard too.
  await page.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Pull…' }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Pull an image' })).toBeVisible();
  await page.keyboard.press('Escape');
  await cpu.getByRole('link', { name: 'e2e-dash-busy' }).click();
  await expect(page).toHaveURL(new RegExp(`containers/${busy.id}/stats$`));
  await removeContainers('e2e-dash');
});
