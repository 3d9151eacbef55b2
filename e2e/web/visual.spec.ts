import { expect, test, type Page } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

// Visual regression: every main screen and the run dialog, light and dark, English and 简体中文, at two window sizes,
// compared with the baselines in visual.spec.ts-snapshots/ (made on purpose only: `npx playwright test visual
// --update-snapshots`). What changes from run to run (lists, counts, times, engine facts) is masked; the layout is
// not, so a header that wraps or buttons that clip fail here.

const SIZES = [{ width: 1280, height: 800 }, { width: 1024, height: 700 }];
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;

const VIEWS: { name: string; hash: string; ready(page: Page): Promise<void>; open?(page: Page): Promise<void> }[] = [
  { name: 'dashboard', hash: 'home', ready: (p) => p.locator('.dash-bars li').first().waitFor() },
  { name: 'containers', hash: 'containers', ready: (p) => p.locator('tr[data-container="e2e-visual"]').waitFor() },
  { name: 'images', hash: 'images', ready: (p) => p.locator('tr[data-image]').first().waitFor() },
  // Filtered to its own volume: what earlier tests leave on the shared engine is not this screen's look.
  { name: 'volumes', hash: 'volumes', ready: async (p) => {
    await p.getByRole('searchbox').fill('e2e-visual'); // the screen's one filter, in either language
    await p.locator('tr[data-volume="e2e-visual"]').waitFor();
  } },
  { name: 'networks', hash: 'networks', ready: (p) => p.locator('tr[data-network="bridge"]').waitFor() },
  { name: 'disk', hash: 'disk', ready: (p) => p.locator('.disk-grid').waitFor() },
  { name: 'settings', hash: 'settings', ready: (p) => p.locator('.engine-settings').waitFor() },
  { name: 'engines', hash: 'engines', ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  {
    name: 'run-dialog', hash: 'containers', ready: (p) => p.locator('tr[data-container="e2e-visual"]').waitFor(),
    open: async (p) => {
      await p.locator('.screen-header .primary').click();
      await p.locator('dialog[open] input').first().waitFor();
    },
  },
];

/** What differs between runs without being the layout's doing. */
const masks = (page: Page) => [
  page.locator('table tbody'), page.locator('.screen-header .muted'), page.locator('.engine-switcher ul'), page.locator('.sidebar-foot'),
  page.locator('.dash-card dd'), page.locator('.disk-largest'), page.locator('.dash-list'), page.locator('.dash-bars'), page.locator('.dash-events'),
  page.locator('.facts'), page.locator('.engine-settings'), page.locator('.notices'),
];

test.beforeAll(async () => {
  await removeContainers('e2e-visual');
  const container = await docker.createContainer({ name: 'e2e-visual', Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
  await container.start();
  await docker.createVolume({ Name: 'e2e-visual' });
});
test.afterAll(async () => {
  await removeContainers('e2e-visual');
  await docker.getVolume('e2e-visual').remove();
});

for (const language of LANGUAGES) {
  for (const theme of THEMES) {
    test(`every screen looks as it should: ${language}, ${theme}`, async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('berth.prefs', JSON.stringify({ state: { language: lang }, version: 0 })), language);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const view of VIEWS) {
          await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/${view.hash}`);
          await view.ready(page);
          // Menus load just after the first paint, with a disabled stand-in until then: shoot the settled page.
          await expect(page.locator('.screen-header button[disabled]')).toHaveCount(0);
          await view.open?.(page);
          await page.evaluate(() => document.fonts.ready);
          await expect(page).toHaveScreenshot(`${view.name}-${language}-${theme}-${size.width}x${size.height}.png`, {
            mask: masks(page), maxDiffPixelRatio: 0.001,
          });
          if (view.open) await page.keyboard.press('Escape');
        }
      }
    });
  }
}
