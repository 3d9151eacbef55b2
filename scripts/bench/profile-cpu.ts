// Ad-hoc: a CPU profile of one cold load (not part of the suite).
import { writeFileSync } from 'node:fs';
import { spawnWebHost } from '../../e2e/spawn-web-host';
import { launchChromium } from './lib';

const route = process.argv[2] ?? '';
const { child, url } = await spawnWebHost();
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`${url.href}${route}`);
await page.locator('tr[data-container], tr[data-image]').first().waitFor();
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/prof/cold.cpuprofile', JSON.stringify(profile));
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[];
(profile.samples as number[]).forEach((id, i) => {
  const n = nodes.get(id)!;
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms ${k}`).join('\n'));
await browser.close();
child.kill();
