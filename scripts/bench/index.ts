// `npm run bench [suite…]`: Berth's figures beside the raw engine/CLI figures from the same run, against the sandbox
// engine. Figures are printed (and written to reports/bench.json), never asserted; docs/benchmarks.md records them.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { composeBench } from './compose.bench';
import { containersBench } from './containers.bench';
import { dashboardBench } from './dashboard.bench';
import { enginesBench } from './engines.bench';
import { imagesBench } from './images.bench';
import { logsBench } from './logs.bench';
import { memoryBench } from './memory.bench';
import { reliabilityBench } from './reliability.bench';
import { shellBench } from './shell.bench';
import { storageBench } from './storage.bench';
import { launchChromium, type Figure } from './lib';

const suites = { containers: containersBench, logs: logsBench, shell: shellBench, images: imagesBench, engines: enginesBench, dashboard: dashboardBench, storage: storageBench, compose: composeBench, reliability: () => reliabilityBench(), memory: memoryBench };
// The hour-long memory session runs only when asked for by name.
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(suites).filter((s) => s !== 'memory');

const { child, url } = await spawnWebHost();
const browser = await launchChromium();
const figures: Figure[] = [];
try {
  for (const suite of wanted) {
    const bench = suites[suite as keyof typeof suites];
    if (!bench) throw new Error(`unknown suite ${suite}; known: ${Object.keys(suites).join(', ')}`);
    figures.push(...(await bench(browser, url.href, child.pid!)));
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`;
console.log(`\n${new Date().toISOString().slice(0, 10)} · ${machine}\n`);
console.log('| measured | Berth | raw engine / CLI | target |\n|---|---|---|---|');
for (const f of figures) console.log(`| ${f.what} | ${f.berth} | ${f.raw} | ${f.target} |`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2));
