// #3 benchmarks, logs: throughput beside `docker logs`, main-thread long tasks and heap while it streams.
import type { Browser, Page } from '@playwright/test';
import { docker, removeContainers } from '../../e2e/support/engine';
import { fmt, run, type Figure } from './lib';

const LINES = 1_000_000;
const PREFIX = 'bench-logs-';

/** Records long tasks (Long Tasks API) in every page of the context. */
function recordLongTasks(): void {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
}

/** Lines the view has received so far: kept + dropped, from its footer. */
const received = (page: Page): Promise<number> =>
  page.locator('.log-foot').textContent({ timeout: 5_000 }).then((t) => (t ?? '').replace(/[,\s]/g, '').match(/\d+/g)?.map(Number).reduce((a, b) => a + b, 0) ?? 0);

async function openLogs(browser: Browser, url: string, id: string, tail: 'all' | null) {
  const context = await browser.newContext();
  await context.addInitScript(recordLongTasks);
  const page = await context.newPage();
  await page.goto(`${url}#/containers/${id}`);
  await page.getByRole('tab', { name: 'Logs' }).click();
  if (tail) await page.getByLabel('Last lines').selectOption('all');
  return { page, context };
}

/** Time from the first line to the last of LINES in the view, sampled every 20 ms. */
async function timeToAll(page: Page): Promise<number> {
  let first = 0;
  for (const deadline = Date.now() + 300_000; ;) {
    const n = await received(page);
    if (Date.now() > deadline) throw new Error(`only ${n} of ${LINES} lines arrived in 5 minutes`);
    if (n > 0 && !first) first = performance.now();
    if (n >= LINES) return (performance.now() - first) / 1000;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function pageFacts(page: Page): Promise<{ maxLongTask: number; heapMb: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { maxLongTask: Math.max(0, ...w.longTasks), heapMb: (memory?.usedJSHeapSize ?? 0) / 2 ** 20 };
  });
}

async function throughput(browser: Browser, url: string): Promise<Figure[]> {
  // Live: the view follows while the container writes as fast as it can.
  const container = await docker.createContainer({ name: `${PREFIX}flood`, Image: 'berth/busybox', Cmd: ['sh', '-c', `sleep 3; seq 1 ${LINES}; sleep 3600`] });
  await container.start();
  const live = await openLogs(browser, url, container.id, null);
  const liveSeconds = await timeToAll(live.page);
  const liveFacts = await pageFacts(live.page);
  await live.context.close();

  // From the file: the whole log read back, as `docker logs` does.
  const cliStart = performance.now();
  await run('bash', ['-c', `docker logs ${container.id} > /dev/null`]);
  const cliSeconds = (performance.now() - cliStart) / 1000;
  const all = await openLogs(browser, url, container.id, 'all');
  const allSeconds = await timeToAll(all.page);
  const allFacts = await pageFacts(all.page);
  await all.context.close();

  const rate = (s: number) => `${Math.round(LINES / s).toLocaleString('en')} lines/s`;
  const ratio = (s: number) => `${(cliSeconds / s).toFixed(2)}× CLI`;
  return [
    { what: `${LINES.toLocaleString('en')} lines read back (tail all)`, berth: `${rate(allSeconds)} (${ratio(allSeconds)})`, raw: `docker logs > /dev/null: ${rate(cliSeconds)}`, target: '≥ 0.5× CLI' },
    { what: `${LINES.toLocaleString('en')} lines followed live while written`, berth: `${rate(liveSeconds)}`, raw: 'the writer: seq as fast as it can', target: '—' },
    { what: 'longest main-thread task while streaming (live / read back)', berth: `${fmt(liveFacts.maxLongTask)} / ${fmt(allFacts.maxLongTask)}`, raw: '—', target: '≤ 100 ms' },
    { what: 'renderer JS heap after 1,000,000 lines (live / read back)', berth: `${liveFacts.heapMb.toFixed(0)} / ${allFacts.heapMb.toFixed(0)} MB`, raw: `ring buffer cap 100,000 lines`, target: '≤ 300 MB' },
  ];
}

export async function logsBench(browser: Browser, url: string): Promise<Figure[]> {
  await removeContainers(PREFIX);
  try {
    return await throughput(browser, url);
  } finally {
    await removeContainers(PREFIX);
  }
}
