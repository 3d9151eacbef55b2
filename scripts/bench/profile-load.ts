// Ad-hoc: the timeline of a cold load (not part of the suite).
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { launchChromium } from './lib';

const route = process.argv[2] ?? '';
const { child, url } = await spawnWebHost();
const browser = await launchChromium();
for (let i = 0; i < Number(process.env.N ?? 4); i++) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { marks: Record<string, number> };
    w.marks = {};
    const seen = new MutationObserver(() => {
      if (!w.marks.root && document.querySelector('#root *')) w.marks.firstDom = performance.now();
      if (document.querySelector('tr[data-image], tr[data-container], tr[data-volume], tr[data-network]')) {
        seen.disconnect();
        w.marks.rows = performance.now();
        requestAnimationFrame(() => setTimeout(() => (w.marks.painted = performance.now())));
      }
    });
    seen.observe(document, { subtree: true, childList: true });
    const Orig = window.WebSocket;
    window.WebSocket = class extends Orig {
      constructor(u: string | URL, p?: string | string[]) {
        super(u, p);
        w.marks.wsCreate = performance.now();
        this.addEventListener('open', () => (w.marks.wsOpen = performance.now()));
        let n = 0;
        this.addEventListener('message', (e) => { n++; if (typeof e.data === 'string' && e.data.length > 10000 && !w.marks.bigMsg) w.marks.bigMsg = performance.now(); if (n === 1) w.marks.firstMsg = performance.now(); });
      }
    } as typeof WebSocket;
  });
  const page = await context.newPage();
  await page.goto(`${url.href}${route}`);
  await page.waitForFunction(() => (window as unknown as { marks: Record<string, number> }).marks.painted, undefined, { timeout: 20000 });
  const marks = await page.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);
  const res = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => `${(r as PerformanceResourceTiming).name.split('/').pop()!.slice(0, 28)} ${Math.round(r.startTime)}→${Math.round((r as PerformanceResourceTiming).responseEnd)}`));
  const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return `html ${Math.round(n.responseEnd)} domInteractive ${Math.round(n.domInteractive)}`; });
  console.log(Object.entries(marks).map(([k, v]) => `${k} ${Math.round(v)}`).join(' | '), '\n  ', nav, '\n  ', res.join(' ; '));
  await context.close();
}
await browser.close();
child.kill();
