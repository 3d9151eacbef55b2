import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AUTH_REGISTRY, SEARCH_HITS, docker, makeFreshImage, startSandboxRegistry, startSearchEndpoint } from '../support/engine';

// The sandbox registry behind htpasswd; the web host's DOCKER_CONFIG is the sandbox's own, never the machine's.
const { server, username, password } = AUTH_REGISTRY;
const SOURCE = 'e2e/push-source:1';
const REPO = `e2e/pushed-${Date.now().toString(36)}`;
const TARGET = `${server}/${REPO}:1`;

test.beforeAll(() => {
  startSandboxRegistry();
  rmSync(path.join(process.env.DOCKER_CONFIG!, 'config.json'), { force: true });
  makeFreshImage(SOURCE);
});
test.afterAll(async () => {
  for (const ref of [SOURCE, TARGET]) await docker.getImage(ref).remove().catch(() => undefined);
});

test('log in (wrong, then right password), push under a new name with progress, browse the registry and pull back, log out', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/registries`);
  await expect(page.getByText('No stored logins.')).toBeVisible();
  await page.getByRole('button', { name: 'Log in…' }).click();
  const login = page.getByRole('dialog', { name: 'Log in to a registry' });
  await login.getByLabel('Registry').fill(server);
  await login.getByLabel('User name').fill(username);
  await login.getByLabel('Password or access token').fill('wrong');
  await login.getByRole('button', { name: 'Log in' }).click();
  await expect(login.getByText('The registry refused this user name and password.')).toBeVisible();
  await login.getByLabel('Password or access token').fill(password);
  await login.getByRole('button', { name: 'Log in' }).click();
  await expect(login).toBeHidden();
  const logins = page.getByRole('table', { name: 'Logins' });
  await expect(logins.getByRole('row', { name: new RegExp(`${server}.*${username}.*config\\.json`) })).toBeVisible();

  await page.getByRole('link', { name: 'Images' }).click();
  await page.getByRole('button', { name: `Push ${SOURCE}` }).click();
  const push = page.getByRole('dialog', { name: `Push ${SOURCE}` });
  await push.getByLabel('Push as').fill(TARGET);
  await push.getByRole('button', { name: 'Push', exact: true }).click();
  await expect(push.getByRole('status')).toHaveText(/^1: digest: sha256:[0-9a-f]{64} size: \d+$/, { timeout: 30_000 });
  // The random layer went up in full, and its bar says so.
  const bars = push.getByRole('progressbar');
  await expect(bars.first()).toBeVisible();
  const full = await bars.evaluateAll((all) => all.some((b) => (b as HTMLProgressElement).max > 1_000_000 && (b as HTMLProgressElement).value === (b as HTMLProgressElement).max));
  expect(full).toBe(true);
  await push.getByRole('button', { name: 'Close' }).click();
  await docker.getImage(TARGET).remove();

  await page.getByRole('link', { name: 'Registries' }).click();
  await page.getByRole('button', { name: `Browse ${server}` }).click();
  await page.getByRole('button', { name: 'List repositories' }).click();
  await page.getByRole('list', { name: 'Repositories' }).getByRole('button', { name: REPO }).click();
  await page.getByRole('list', { name: `Tags of ${REPO}` }).getByRole('button', { name: `Pull ${REPO}:1` }).click();
  const pull = page.getByRole('dialog', { name: 'Pull an image' });
  await expect(pull.getByLabel('Image reference')).toHaveValue(TARGET);
  await pull.getByRole('button', { name: 'Pull', exact: true }).click();
  await expect(pull.getByRole('status')).toHaveText(`Status: Downloaded newer image for ${TARGET}`, { timeout: 30_000 });
  await pull.getByRole('button', { name: 'Close' }).click();
  expect((await docker.getImage(TARGET).inspect()).RepoTags).toContain(TARGET);

  await page.getByRole('button', { name: `Log out of ${server}` }).click();
  await expect(page.getByText('No stored logins.')).toBeVisible();
  await page.getByRole('button', { name: 'List repositories' }).click();
  await expect(page.getByRole('alert')).toContainText('The registry refused the credentials.');
});

test('search through the engine with filters, and Pull from a result opens the pull dialog with its name', async ({ page }) => {
  const endpoint = await startSearchEndpoint(SEARCH_HITS);
  try {
    await page.goto(`${process.env.BERTH_E2E_URL!}#/registries`);
    const term = page.getByRole('searchbox', { name: 'Search term' });
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText('Enter a search term.')).toBeVisible();
    await term.fill('127.0.0.1:1/busybox');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText(/The search failed: .*connection refused/)).toBeVisible();
    await term.fill(`${endpoint.host}/busybox`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('table', { name: 'Search results' });
    await expect(results.getByRole('row')).toHaveCount(4);
    await page.getByLabel('Minimum stars').fill('10');
    await page.getByRole('checkbox', { name: 'Official only' }).check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(results.getByRole('row')).toHaveCount(2);
    await expect(results.getByRole('row', { name: /library\/busybox .*3300 official/ })).toBeVisible();
    await results.getByRole('button', { name: 'Pull library/busybox' }).click();
    await expect(page.getByRole('dialog', { name: 'Pull an image' }).getByLabel('Image reference')).toHaveValue(`${endpoint.host}/library/busybox`);
  } finally {
    endpoint.close();
  }
});
