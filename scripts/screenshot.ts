// Takes docs/containers.png from a running web host: `npm run screenshot -- <url>`.
import { launchChromium } from './bench/lib';

const url = process.argv[2];
const out = process.argv[3] ?? 'docs/containers.png';
if (!url) {
  console.error('usage: npm run screenshot -- <web host URL> [file.png]');
  process.exit(2);
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
await page.goto(url);
await page.getByRole('table', { name: 'Containers' }).getByRole('row').nth(1).waitFor();
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
