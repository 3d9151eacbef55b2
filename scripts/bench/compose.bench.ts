// Compose: a 10-service up through the page beside `docker-compose up -d` in the same run; the compose screen's load
// with 50 projects of 10 containers each beside the raw container list call.
import type { Browser, Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docker } from '../../e2e/support/engine';
import { fmt, inBatches, loadFigures, loadTimes, median, rawEngineGet, run, type Figure } from './lib';

const SERVICES = 10;
const PROJECTS = 50;
const PER_PROJECT = 10;
const UP = 'benchup';
const MANY = 'benchmany';
const TRIES = 6;
const LOOP = 'sh -c "trap \'exit 0\' TERM; while :; do sleep 1; done"';

const file = `services:\n${Array.from({ length: SERVICES }, (_, i) => `  s${i}:\n    image: berth/busybox:latest\n    command: ${LOOP}\n`).join('')}`;

async function removeProjects(prefix: string): Promise<void> {
  const containers = (await docker.listContainers({ all: true, filters: { label: ['com.docker.compose.project'] } })).filter((c) => c.Labels['com.docker.compose.project']!.startsWith(prefix));
  await inBatches(containers, 16, (c) => docker.getContainer(c.Id).remove({ force: true }));
  const networks = (await docker.listNetworks()).filter((n) => n.Name.startsWith(prefix));
  await inBatches(networks, 8, (n) => docker.getNetwork(n.Id).remove());
}

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/**
 * The Up dialog's Up clicked → the first frame that says "Done: Up" after "Running", measured in the page (`ms`):
 * waiting from Playwright polls the page, at up to half a second apart by then, which the CLI's figure (its process's
 * end) does not carry. Also the click and the "Done" by the wall clock (`clickedAt`, `doneAt`), to set beside other
 * processes' times.
 */
export const upInPage = (page: Page): Promise<{ ms: number; clickedAt: number; doneAt: number }> => page.evaluate(() => new Promise((resolve, reject) => {
  // No named functions inside: the bench runs under tsx, whose name-keeping helper does not exist in the page.
  const start = performance.now();
  const clickedAt = Date.now();
  let running = false;
  setTimeout(() => reject(new Error('no "Done: Up" two minutes after Up')), 120_000);
  const seen = new MutationObserver(() => {
    const status = document.querySelector('.run-panel [role="status"]')?.textContent ?? '';
    running ||= status.startsWith('Running');
    if (!running || status !== 'Done: Up') return;
    seen.disconnect();
    const doneAt = Date.now();
    requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - start, clickedAt, doneAt })));
  });
  seen.observe(document, { subtree: true, childList: true, characterData: true });
  document.querySelector<HTMLButtonElement>('dialog[open] button[type="submit"]')!.click();
}));

export async function composeBench(browser: Browser, url: string): Promise<Figure[]> {
  console.log(`compose: a ${SERVICES}-service up (${TRIES} tries each), ${PROJECTS} projects × ${PER_PROJECT} containers…`);
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-compose-'));
  await removeProjects(UP);
  await removeProjects(MANY);
  const cliDown = () => run('docker-compose', ['-p', UP, 'down'], { cwd: dir });
  try {
    await writeFile(path.join(dir, 'compose.yaml'), file);
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${url}#/e/local/compose`);
    await page.getByRole('button', { name: 'Open project…' }).click();
    const open = page.getByRole('dialog', { name: 'Open a compose project' });
    await open.getByLabel('Compose files or folder').fill(dir);
    await open.getByLabel('Project name').fill(UP);
    await open.getByRole('button', { name: 'Open', exact: true }).click();
    const cli: number[] = [];
    const berth: number[] = [];
    const cliUp = async () => cli.push(await timed(() => run('docker-compose', ['-p', UP, 'up', '-d'], { cwd: dir })));
    const berthUp = async () => {
      await page.getByRole('button', { name: 'Up…' }).click();
      await page.getByRole('dialog', { name: `Up ${UP}` }).getByRole('button', { name: 'Up', exact: true }).waitFor();
      berth.push((await upInPage(page)).ms);
    };
    // Taking turns at going first, so neither side always runs right after the other's down.
    for (let i = 0; i < TRIES; i++) {
      for (const up of i % 2 ? [berthUp, cliUp] : [cliUp, berthUp]) {
        await up();
        await cliDown();
      }
    }
    await page.getByRole('button', { name: 'Forget' }).click();
    await page.close();

    await inBatches(Array.from({ length: PROJECTS * PER_PROJECT }, (_, i) => i), 16, (i) => {
      const project = `${MANY}${String(Math.floor(i / PER_PROJECT)).padStart(2, '0')}`;
      const service = `s${i % PER_PROJECT}`;
      return docker.createContainer({
        name: `${project}_${service}_1`, Image: 'berth/busybox:latest', Cmd: ['true'],
        Labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': service, 'com.docker.compose.container-number': '1', 'com.docker.compose.project.working_dir': `/srv/${project}`, 'com.docker.compose.project.config_files': `/srv/${project}/compose.yaml` },
      });
    });
    const raw: number[] = [];
    for (let i = 0; i < 5; i++) raw.push((await rawEngineGet('/containers/json?all=1')).ms);
    const load = await loadTimes(browser, `${url}#/e/local/compose`, 'tr[data-project]', 5);
    // Each try's pair ran back to back: the median of their ratios leaves out how compose's own time drifts over the run.
    const ratio = median(berth.map((b, i) => b / cli[i]!));
    return [
      { what: `up of a ${SERVICES}-service project, local images (median of ${TRIES})`, berth: `${fmt(median(berth))} (${ratio.toFixed(2)}×, the median of each pair's ratio)`,
        raw: `docker-compose up -d: ${fmt(median(cli))}; tries ${cli.map((c, i) => `${(berth[i]! / 1000).toFixed(1)}/${(c / 1000).toFixed(1)} s`).join(', ')}`, target: '≤ 1.05×' },
      ...loadFigures(`compose screen, ${PROJECTS} projects / ${PROJECTS * PER_PROJECT} containers`, load, `GET /containers/json?all=1: ${fmt(median(raw))}`),
    ];
  } finally {
    await cliDown().catch(() => undefined);
    await removeProjects(MANY);
    await rm(dir, { recursive: true, force: true });
  }
}
