import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docker, removeBrowsedVolume, removeContainers } from '../support/engine';

const AXE_DIR = path.join(tmpdir(), 'berth-e2e-axe-compose');

/** Every screen, and the main dialogs, as a user reaches them. */
const SCREENS: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'dashboard', hash: 'home', ready: (p) => expect(p.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible() },
  { name: 'containers', hash: 'containers', ready: (p) => expect(p.getByRole('link', { name: 'e2e-axe', exact: true })).toBeVisible() },
  { name: 'images', hash: 'images', ready: (p) => expect(p.getByRole('table', { name: 'Images' })).toBeVisible() },
  { name: 'volumes', hash: 'volumes', ready: (p) => expect(p.getByRole('table', { name: 'Volumes' })).toBeVisible() },
  { name: 'volume files', hash: 'volumes/e2e-axe-vol', ready: (p) => expect(p.getByRole('table', { name: 'Files in /' })).toBeVisible() },
  { name: 'networks', hash: 'networks', ready: (p) => expect(p.getByRole('table', { name: 'Networks' })).toBeVisible() },
  { name: 'compose', hash: 'compose', ready: (p) => expect(p.getByRole('link', { name: 'e2eaxe', exact: true })).toBeVisible() },
  { name: 'compose project', hash: 'compose/e2eaxe', ready: (p) => expect(p.getByRole('table', { name: 'Services' })).toBeVisible() },
  { name: 'compose file', hash: 'compose/e2eaxe/file', ready: (p) => expect(p.getByRole('textbox', { name: /^Compose file/ })).toBeVisible() },
  { name: 'disk', hash: 'disk', ready: (p) => expect(p.getByRole('region', { name: 'Images' })).toBeVisible() },
  { name: 'events', hash: 'events', ready: (p) => expect(p.getByRole('table', { name: 'Events' })).toBeVisible() },
  { name: 'info', hash: 'info', ready: (p) => expect(p.getByRole('region', { name: 'Engine', exact: true })).toBeVisible() },
  { name: 'registries', hash: 'registries', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
  { name: 'settings', hash: 'settings', ready: (p) => expect(p.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible() },
  { name: 'engines', hash: 'engines', ready: (p) => expect(p.getByRole('heading', { name: 'Engines', level: 1 })).toBeVisible() },
  { name: 'all engines', hash: 'all', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
];

/** Serious and critical findings, each with where it is: what the scan fails on. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.beforeAll(async () => {
  await removeContainers('e2e-axe');
  await docker.getVolume('e2e-axe-vol').remove().catch(() => undefined);
  // Labelled as compose labels it (its file is one the test writes), so the compose screens have a project to show.
  await mkdir(AXE_DIR, { recursive: true });
  await writeFile(path.join(AXE_DIR, 'compose.yaml'), 'services:\n  app:\n    image: berth/busybox:latest\n    command: sleep 600\n');
  const container = await docker.createContainer({
    name: 'e2e-axe', Image: 'berth/busybox:latest', Cmd: ['sleep', '600'], HostConfig: { Binds: ['e2e-axe-vol:/data'] },
    Labels: { 'com.docker.compose.project': 'e2eaxe', 'com.docker.compose.service': 'app', 'com.docker.compose.project.working_dir': AXE_DIR, 'com.docker.compose.project.config_files': path.join(AXE_DIR, 'compose.yaml') },
  });
  await container.start();
});
test.afterAll(async () => {
  await removeContainers('e2e-axe');
  await removeBrowsedVolume('e2e-axe-vol');
  await rm(AXE_DIR, { recursive: true, force: true });
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations on any screen (${theme})`, async ({ page }) => {
    // Some twenty screens and dialogs, each scanned whole: about a minute on this machine.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    const found: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/${screen.hash}`);
      await screen.ready(page);
      found[screen.name] = await violations(page);
    }
    // The container page with each tab, and the main dialogs.
    await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers`);
    await page.getByRole('link', { name: 'e2e-axe', exact: true }).click();
    for (const tab of ['Overview', 'Logs', 'Files', 'Changes', 'Stats', 'Processes', 'Inspect']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
      found[`container ${tab}`] = await violations(page);
    }
    await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/containers`);
    await page.getByRole('button', { name: 'Run…' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found['run dialog'] = await violations(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox')).toBeFocused();
    found['command palette'] = await violations(page);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
  });
}
