// #2 benchmarks: 1,000 containers load and filter, CLI stop → row exited, idle CPU with 20 running.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { docker, removeContainers } from '../../e2e/support/engine';
import { cpuSeconds, fmt, inBatches, loadFigures, loadTimes, median, percentile, rawEngineGet, run, treeCpuSeconds, type Figure } from './lib';

const CREATED = 1000;
const RUNNING = 20;
const STOP_TRIES = 20;
const IDLE_SECONDS = 60;
const PREFIX = 'bench-';
// PID 1 ignores SIGTERM unless it traps it; this one exits on stop within a second.
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];

const name = (kind: string, i: number): string => `${PREFIX}${kind}-${String(i).padStart(4, '0')}`;

async function prepare(): Promise<string[]> {
  await removeContainers(PREFIX);
  const created = Array.from({ length: CREATED }, (_, i) => name('idle', i));
  await inBatches(created, 16, (n) => docker.createContainer({ Image: 'berth/busybox', name: n, Cmd: ['true'] }));
  const running = Array.from({ length: RUNNING }, (_, i) => name('run', i));
  await inBatches(running, 8, async (n) => (await docker.createContainer({ Image: 'berth/busybox', name: n, Cmd: LOOP })).start());
  return running;
}

/** Keystroke → table re-rendered and painted, measured in the page: keydown, then the frame after the commit. */
/** The whole list arrived (the load figures only wait for the first row). */
async function checkAllListed(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url);
  const total = (await docker.listContainers({ all: true })).length; // the bench's own, and any others the sandbox has
  await page.getByText(`${total} of ${total}`, { exact: false }).waitFor();
  await page.close();
}

async function filterKeystrokes(page: Page, text: string): Promise<number[]> {
  const filter = page.getByRole('searchbox', { name: 'Filter containers' });
  await filter.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { keyMs: number[] };
    w.keyMs = [];
    document.addEventListener('keydown', () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.keyMs.push(performance.now() - start)));
    }, { capture: true });
  });
  await filter.pressSequentially(text, { delay: 120 });
  await page.waitForTimeout(300);
  const shown = await page.locator('tbody tr[data-container]').count();
  if (shown !== 1) throw new Error(`filter "${text}" shows ${shown} rows, expected 1`);
  return page.evaluate(() => (window as unknown as { keyMs: number[] }).keyMs);
}

/** `docker stop` returns → row shows exited (Berth) and → the raw `die` event arrives (engine), both from the CLI's return. */
async function stopLatencies(page: Page, running: string[]): Promise<{ berth: number[]; rawEvent: number[]; cli: number[] }> {
  const dieAt = new Map<string, number>();
  const events = await docker.getEvents({ filters: { type: ['container'], event: ['die'] } });
  events.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      const e = JSON.parse(line) as { Actor?: { Attributes?: { name?: string } } };
      if (e.Actor?.Attributes?.name) dieAt.set(e.Actor.Attributes.name, Date.now());
    }
  });
  await page.getByRole('searchbox', { name: 'Filter containers' }).fill(`${PREFIX}run-`);
  const out = { berth: [] as number[], rawEvent: [] as number[], cli: [] as number[] };
  for (const n of running.slice(0, STOP_TRIES)) {
    const state = page.locator(`tr[data-container="${n}"] .state`);
    await state.filter({ hasText: /^running/ }).waitFor();
    const shownExited = page.waitForFunction((sel) => /^exited/.test(document.querySelector(sel)?.textContent ?? '') && Date.now(),
      `tr[data-container="${n}"] .state`, { polling: 'raf', timeout: 30_000 });
    const start = Date.now();
    await run('docker', ['stop', n]);
    const cliDone = Date.now();
    const rowAt = (await (await shownExited).jsonValue()) as number;
    out.cli.push(cliDone - start);
    out.berth.push(rowAt - cliDone);
    out.rawEvent.push((dieAt.get(n) ?? NaN) - cliDone);
    await run('docker', ['start', n]);
  }
  (events as unknown as { destroy(): void }).destroy();
  await page.getByRole('searchbox', { name: 'Filter containers' }).fill('');
  return out;
}

async function idleCpu(page: Page, hostPid: number): Promise<{ host: number; dockerd: number; rendererMs: number }> {
  const dockerdPid = Number(readFileSync(`${process.env.BERTH_SANDBOX ?? '/tmp/berth-sandbox'}/docker.pid`, 'utf8'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async (): Promise<number> =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  await page.waitForTimeout(5_000); // let the starts above settle
  const before = { host: treeCpuSeconds(hostPid), dockerd: cpuSeconds(dockerdPid), renderer: await taskSeconds() };
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const pct = (seconds: number): number => (100 * seconds) / IDLE_SECONDS;
  return {
    host: pct(treeCpuSeconds(hostPid) - before.host),
    dockerd: pct(cpuSeconds(dockerdPid) - before.dockerd),
    rendererMs: 1000 * ((await taskSeconds()) - before.renderer),
  };
}

export async function containersBench(browser: Browser, url: string, hostPid: number): Promise<Figure[]> {
  console.log(`containers: creating ${CREATED} containers and starting ${RUNNING}…`);
  const running = await prepare();
  try {
    const raw = [];
    for (let i = 0; i < 5; i++) raw.push((await rawEngineGet('/containers/json?all=1')).ms);
    const load = await loadTimes(browser, url, 'tr[data-container]', 5);
    await checkAllListed(browser, url);

    const page = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
    await page.goto(url);
    await page.locator('tr[data-container]').first().waitFor();
    const keys = await filterKeystrokes(page, name('idle', 999));
    const cliFilterStart = Date.now();
    await run('docker', ['ps', '-a', '--filter', `name=${name('idle', 999)}`]);
    const cliFilter = Date.now() - cliFilterStart;

    console.log(`containers: ${STOP_TRIES} CLI stops, then ${IDLE_SECONDS} s idle…`);
    const stops = await stopLatencies(page, running);
    const idle = await idleCpu(page, hostPid);
    await page.close();

    return [
      ...loadFigures(`${CREATED + RUNNING} containers`, load, `GET /containers/json?all=1: ${fmt(median(raw))}`),
      { what: `filter keystroke → table painted (median / max of ${keys.length})`, berth: `${fmt(median(keys))} / ${fmt(Math.max(...keys))}`,
        raw: `docker ps -a --filter: ${fmt(cliFilter)}`, target: '≤ 50 ms' },
      { what: `docker stop returns → row exited (median / p90 of ${STOP_TRIES})`, berth: `${fmt(median(stops.berth))} / ${fmt(percentile(stops.berth, 90))}`,
        raw: `die event on /events: ${fmt(median(stops.rawEvent))}; CLI stop took ${fmt(median(stops.cli))}`, target: '≤ 250 ms' },
      { what: `idle ${IDLE_SECONDS} s, containers screen open, ${RUNNING} running: web host CPU`, berth: `${idle.host.toFixed(2)} % of a core`,
        raw: `dockerd: ${idle.dockerd.toFixed(2)} %`, target: '≤ 1 %' },
      { what: `idle ${IDLE_SECONDS} s: renderer main-thread task time`, berth: fmt(idle.rendererMs), raw: '—', target: '—' },
    ];
  } finally {
    await removeContainers(PREFIX);
  }
}
