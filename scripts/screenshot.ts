// Takes docs/containers.png from a running web host: `npm run screenshot -- <url>`.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const url = process.argv[2];
const out = process.argv[3] ?? 'docs/containers.png';
if (!url) {
  console.error('usage: npm run screenshot -- <web host URL> [file.png]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
await page.goto(url);
await page.getByRole('table', { name: 'Containers' }).getByRole('row').nth(1).waitFor();
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
