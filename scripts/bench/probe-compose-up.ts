// Ad-hoc: where a compose up through the page spends its time beside `docker-compose up -d` (not part of the suite).
// A docker-compose wrapper first on PATH logs when each compose process starts and ends, so the page's overhead
// (click → compose started, compose ended → "Done", both seen in the page) is apart from compose's own run; CPU per
// process kind beside; TRACE=1 adds the page's main-thread time by trace event.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { upInPage } from './compose.bench';
import { chromiumCpuByType, cpuSeconds, launchChromium, median, run, totalCpu, treeCpuSeconds } from './lib';

const UP = 'probeup';
const TRIES = Number(process.env.TRIES ?? 4);
const LOOP = 'sh -c "trap \'exit 0\' TERM; while :; do sleep 1; done"';
const file = `services:\n${Array.from({ length: 10 }, (_, i) => `  s${i}:\n    image: berth/busybox:latest\n    command: ${LOOP}\n`).join('')}`;

const bin = mkdtempSync(path.join(tmpdir(), 'probe-bin-'));
const log = path.join(bin, 'log');
writeFileSync(path.join(bin, 'docker-compose'), `#!/bin/bash\necho "start $(date +%s%N) $$ $*" >> ${log}\n/usr/bin/docker-compose "$@"\nrc=$?\necho "end $(date +%s%N) $$" >> ${log}\nexit $rc\n`);
chmodSync(path.join(bin, 'docker-compose'), 0o755);
process.env.PATH = `${bin}:${process.env.PATH}`;
const lastRun = (): { start: number; end: number } => {
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  const start = lines.findLast((l) => l.startsWith('start') && / up /.test(l))!;
  const pid = start.split(' ')[2];
  const end = lines.find((l) => l.startsWith('end') && l.split(' ')[2] === pid)!;
  return { start: Number(start.split(' ')[1]) / 1e6, end: Number(end.split(' ')[1]) / 1e6 };
};

const dir = await mkdtemp(path.join(tmpdir(), 'probe-compose-'));
await writeFile(path.join(dir, 'compose.yaml'), file);
const { child, url } = await spawnWebHost();
const browser = await launchChromium();
const dockerd = Number(readFileSync('/tmp/berth-sandbox/docker.pid', 'utf8'));
const down = () => run('docker-compose', ['-p', UP, 'down'], { cwd: dir });
const rows: Record<string, number[]> = {};
/** Main-thread time of the page by trace event name (top-level tasks and what they are made of). */
async function traced<T>(work: () => Promise<T>): Promise<T> {
  if (!process.env.TRACE) return work();
  await browser.startTracing(undefined, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
  const result = await work();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] };
  const main = trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`);
  const by: Record<string, number> = {};
  for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur && main.includes(`${e.pid}/${e.tid}`)) by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
  console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '));
  return result;
}
const note = (k: string, v: number) => (rows[k] ??= []).push(v);
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${url.href}#/e/local/compose`);
  await page.getByRole('button', { name: 'Open project…' }).click();
  const open = page.getByRole('dialog', { name: 'Open a compose project' });
  await open.getByLabel('Compose files or folder').fill(dir);
  await open.getByLabel('Project name').fill(UP);
  await open.getByRole('button', { name: 'Open', exact: true }).click();
  const cpu = async () => ({ chromium: totalCpu(await chromiumCpuByType()), host: treeCpuSeconds(child.pid!), dockerd: cpuSeconds(dockerd) });
  const spent = (a: Awaited<ReturnType<typeof cpu>>, b: Awaited<ReturnType<typeof cpu>>, who: string) => {
    note(`${who} chromium cpu s`, b.chromium - a.chromium);
    note(`${who} dockerd cpu s`, b.dockerd - a.dockerd);
  };
  for (let i = 0; i < TRIES; i++) {
    let c0 = await cpu();
    const t0 = Date.now();
    await traced(() => run('docker-compose', ['-p', UP, 'up', '-d'], { cwd: dir }));
    note('cli wall', Date.now() - t0);
    let c1 = await cpu();
    let r = lastRun();
    note('cli compose', r.end - r.start);
    spent(c0, c1, 'cli');
    await down();

    await page.getByRole('button', { name: 'Up…' }).click();
    await page.getByRole('dialog', { name: `Up ${UP}` }).getByRole('button', { name: 'Up', exact: true }).waitFor();
    c0 = await cpu();
    // Clicked in the page, and "Done" seen there: no Playwright checks or polling.
    const seen = await traced(() => upInPage(page));
    c1 = await cpu();
    r = lastRun();
    note('berth wall', seen.ms);
    note('berth click → compose start', r.start - seen.clickedAt);
    note('berth compose', r.end - r.start);
    note('berth compose end → done', seen.doneAt - r.end);
    spent(c0, c1, 'berth');
    await down();
  }
  await page.getByRole('button', { name: 'Forget' }).click();
} finally {
  await browser.close();
  child.kill('SIGTERM');
  await down().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
}
for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(34)} median ${median(v).toFixed(k.includes('cpu') ? 2 : 0)}  [${v.map((x) => x.toFixed(k.includes('cpu') ? 2 : 0)).join(', ')}]`);
