import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';

export const run = promisify(execFile);
export const socketPath = (): string => {
  const host = process.env.DOCKER_HOST;
  if (!host?.startsWith('unix://')) throw new Error('bench needs the sandbox engine: eval "$(scripts/sandbox.sh env)"');
  return host.slice('unix://'.length);
};

/** One raw Engine API GET over the unix socket: the figure Berth is compared with. Resolves with ms and body bytes. */
export function rawEngineGet(path: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    http.get({ socketPath: socketPath(), path }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ ms: performance.now() - start, bytes }));
    }).on('error', reject);
  });
}

export const median = (xs: number[]): number => percentile(xs, 50);
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** User + system CPU seconds a process has used so far (Linux /proc). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

export { inBatches } from '../../electron/services/engine/in-batches';

export const fmt = (ms: number): string => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;

/** A line of the report: what was measured, Berth's figure, the raw engine/CLI figure, the target. */
export interface Figure { what: string; berth: string; raw: string; target: string }

/** Chromium's processes (browser, renderers, GPU, utilities) and each one's CPU seconds so far, by process type. */
export async function chromiumCpuByType(): Promise<Record<string, number>> {
  const pids = (await run('pgrep', ['-f', 'lib/chromium/chromium']).catch(() => ({ stdout: '' }))).stdout.trim().split('\n').map(Number).filter((p) => p);
  const out: Record<string, number> = {};
  for (const pid of pids) {
    try {
      const type = /--type=(\S+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '))?.[1] ?? 'browser';
      out[type] = (out[type] ?? 0) + cpuSeconds(pid);
    } catch { /* the process ended while we looked */ }
  }
  return out;
}

export const totalCpu = (byType: Record<string, number>): number => Object.values(byType).reduce((a, b) => a + b, 0);

/** A process and all its descendants (the web host runs as tsx → node; a browser as its process tree). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch { /* the process ended while we looked */ }
  }
  const out: number[] = [];
  const visit = (pid: number): void => { out.push(pid); (children.get(pid) ?? []).forEach(visit); };
  visit(root);
  return out;
}

/** CPU seconds of a process and all its descendants. */
export function treeCpuSeconds(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) {
    try { total += cpuSeconds(pid); } catch { /* the process ended while we looked */ }
  }
  return total;
}

/** What says a screen is in: an element matching `selector`, whose text starts with `text` when one is given. */
export interface Ready { selector: string; text?: string }

/** In every page of the context: navigation start → the first frame painted with the screen ready. */
function recordReadyPainted({ selector, text }: Ready): void {
  const w = window as unknown as { readyPaintedAt?: Promise<number> };
  w.readyPaintedAt = new Promise((resolve) => {
    const seen = new MutationObserver(() => {
      const found = document.querySelector(selector);
      if (!found || (text !== undefined && !found.textContent?.startsWith(text))) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    });
    seen.observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const readyPainted = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { readyPaintedAt: Promise<number> }).readyPaintedAt);

/**
 * Navigation → the screen ready and painted. Cold: a fresh context each time (no HTTP or code cache: a first launch).
 * Warm: reloads in one context (what every later launch of the desktop app sees, as Chromium keeps its code cache),
 * whose page is left open for the caller (to close with its context).
 */
export async function pageLoads(browser: Browser, url: string, ready: Ready, tries: number): Promise<{ cold: number[]; warm: number[]; page: Page; context: BrowserContext }> {
  const firstLoad = async () => {
    const context = await browser.newContext();
    await context.addInitScript(recordReadyPainted, ready);
    const page = await context.newPage();
    await page.goto(url);
    return { context, page, ms: await readyPainted(page) };
  };
  const cold: number[] = [];
  for (let i = 0; i < tries; i++) {
    const { context, ms } = await firstLoad();
    cold.push(ms);
    await context.close();
  }
  const { context, page } = await firstLoad();
  const warm: number[] = [];
  for (let i = 0; i < tries; i++) {
    await page.reload();
    warm.push(await readyPainted(page));
  }
  return { cold, warm, page, context };
}

/** A list screen's loads (see pageLoads; in the app: see inAppTimes), and the table rows in the DOM once the list is in. */
export async function loadTimes(browser: Browser, url: string, selector: string, tries: number): Promise<{ cold: number[]; warm: number[]; inApp: number[]; domRows: number }> {
  const { cold, warm, page, context } = await pageLoads(browser, url, { selector }, tries);
  await page.waitForTimeout(500);
  const domRows = await page.locator(`tbody ${selector}`).count();
  const inApp = await inAppTimes(page, url, { selector }, tries);
  await context.close();
  return { cold, warm, inApp, domRows };
}

/**
 * The report's lines for a list's load beside its raw list call (`raw`, e.g. "GET /volumes: 22 ms"): cold, warm, in the
 * app (when measured), and the table rows left in the DOM.
 */
export function loadFigures(what: string, load: Awaited<ReturnType<typeof loadTimes>>, raw: string): Figure[] {
  const line = (how: string, ms: number[]): Figure => ({ what: `${what}: ${how} (median of ${ms.length})`, berth: fmt(median(ms)), raw, target: '≤ raw + 300 ms' });
  return [
    line('navigation → rows painted, cold', load.cold),
    line('navigation → rows painted, warm', load.warm),
    ...(load.inApp.length ? [line('in the app, Settings → sidebar link → rows painted', load.inApp)] : []),
    { what: `${what}: table rows in the DOM`, berth: String(load.domRows), raw: '—', target: '≤ 100' },
  ];
}

/**
 * In the running app (what a user of the desktop app does all day): a page just opened on Settings, which shows no
 * list, and the sidebar's link to the screen clicked → the screen ready, painted. Each try is a new page load, so the
 * page asks main for the list anew (main, following it since its first use, answers from memory); none for a URL
 * without a screen of the sidebar.
 */
export async function inAppTimes(page: Page, url: string, ready: Ready, tries: number): Promise<number[]> {
  const target = new URL(url);
  if (!target.hash) return [];
  const times: number[] = [];
  for (let i = 0; i < tries; i++) {
    await page.goto(`${target.origin}${target.pathname}${target.search}#/settings`);
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    // No named functions inside: the bench runs under tsx, whose name-keeping helper does not exist in the page.
    times.push(await page.evaluate(([href, { selector, text }]) => new Promise<number>((resolve, reject) => {
      const start = performance.now();
      setTimeout(() => reject(new Error(`no ${selector} ${text ?? ''} a minute after ${href} was clicked`)), 60_000);
      const seen = new MutationObserver(() => {
        const found = document.querySelector(selector);
        if (!found || (text !== undefined && !found.textContent?.startsWith(text))) return;
        seen.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      });
      seen.observe(document, { subtree: true, childList: true, characterData: true });
      document.querySelector<HTMLAnchorElement>(`nav a[href="${href}"]`)!.click();
    }), [target.hash, ready] as const));
  }
  return times;
}
