import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// Last on purpose: it stops the sandbox engine (and so every container on it).
test('engine stops: banner over the last state; engine back: recovery without a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(process.env.BERTH_E2E_URL!);
  await expect(page.getByText(/API 1\.\d+/)).toBeVisible();
  await page.evaluate(() => ((window as unknown as { berthMarker: number }).berthMarker = 42));

  execFileSync('bash', ['scripts/sandbox.sh', 'stop'], { stdio: 'inherit' });
  await expect(page.getByRole('alert').filter({ hasText: 'The Docker Engine stopped answering' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Containers' })).toBeVisible();

  execFileSync('bash', ['scripts/sandbox.sh', 'start'], { stdio: 'inherit' });
  await expect(page.getByRole('alert').filter({ hasText: 'The Docker Engine stopped answering' })).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/API 1\.\d+/)).toBeVisible();
  // Same document: nothing reloaded.
  expect(await page.evaluate(() => (window as unknown as { berthMarker?: number }).berthMarker)).toBe(42);
});
