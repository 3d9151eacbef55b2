// #14 benchmarks: the dashboard showing live stats of 100 running containers (CPU of the web host, the page and the
// engine, beside `docker stats` for the same time), and no stats stream left open once no view shows stats.
import { readdirSync, readlinkSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { docker, removeContainers } from '../../e2e/support/engine';
import { chromiumCpuByType, cpuSeconds, inBatches, processTree, treeCpuSeconds, type Figure } from './lib';

const RUNNING = 100;
const SECONDS = 60;
const PREFIX = 'bench-dash-';
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];

/** Sockets a process tree holds open: each engine stats stream is one. */
function socketCount(root: number): number {
  let count = 0;
  for (const pid of processTree(root)) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        try { if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:')) count++; } catch { /* closed meanwhile */ }
      }
    } catch { /* ended */ }
  }
  return count;
}

const dockerdPid = (): number => Number(readFileSync(`${process.env.BERTH_SANDBOX ?? '/tmp/berth-sandbox'}/docker.pid`, 'utf8'));

/** CPU (% of a core) of the web host, the page's renderer and the engine over `SECONDS`. */
async function measure(page: Page, hostPid: number) {
  const before = { host: treeCpuSeconds(hostPid), chromium: await chromiumCpuByType(), dockerd: cpuSeconds(dockerdPid()) };
  await page.waitForTimeout(SECONDS * 1000);
  const after = { host: treeCpuSeconds(hostPid), chromium: await chromiumCpuByType(), dockerd: cpuSeconds(dockerdPid()) };
  const pct = (s: number) => (100 * s) / SECONDS;
  return {
    host: pct(after.host - before.host),
    renderer: pct((after.chromium.renderer ?? 0) - (before.chromium.renderer ?? 0)),
    gpu: pct((after.chromium['gpu-process'] ?? 0) - (before.chromium['gpu-process'] ?? 0)),
    dockerd: pct(after.dockerd - before.dockerd),
  };
}

/** The raw figure: `docker stats` (the CLI streams every running container) for the same time: its CPU and the engine's. */
async function cliStats(): Promise<{ cli: number; dockerd: number }> {
  const before = cpuSeconds(dockerdPid());
  const cli = spawn('docker', ['stats', '--format', '{{.Name}} {{.CPUPerc}} {{.MemUsage}}'], { stdio: ['ignore', 'ignore', 'ignore'] });
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const cliSeconds = cpuSeconds(cli.pid!);
  cli.kill('SIGTERM');
  return { cli: (100 * cliSeconds) / SECONDS, dockerd: (100 * (cpuSeconds(dockerdPid()) - before)) / SECONDS };
}

export async function dashboardBench(browser: Browser, url: string, hostPid: number): Promise<Figure[]> {
  await removeContainers(PREFIX);
  const names = Array.from({ length: RUNNING }, (_, i) => `${PREFIX}${String(i).padStart(3, '0')}`);
  await inBatches(names, 8, async (n) => (await docker.createContainer({ Image: 'berth/busybox', name: n, Cmd: LOOP })).start());
  const page = await browser.newPage();
  try {
    await page.goto(`${url}#/e/local/containers`);
    await page.getByRole('link', { name: names[0], exact: true }).waitFor();
    await page.waitForTimeout(3000);
    const unseen = socketCount(hostPid);
    await page.goto(`${url}#/e/local/home`);
    await page.getByRole('region', { name: 'CPU' }).getByRole('listitem').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(5000); // every stream open and sending
    const seen = socketCount(hostPid);
    console.log(`dashboard: ${RUNNING} running, ${SECONDS} s with live stats…`);
    const live = await measure(page, hostPid);
    await page.goto(`${url}#/e/local/containers`);
    await page.getByRole('link', { name: names[0], exact: true }).waitFor();
    await page.waitForTimeout(3000);
    const left = socketCount(hostPid);
    console.log(`dashboard: docker stats for ${SECONDS} s…`);
    const raw = await cliStats();
    return [
      { what: `dashboard, ${RUNNING} running, live stats ${SECONDS} s: web host CPU`, berth: `${live.host.toFixed(2)} % of a core`, raw: `docker stats CLI: ${raw.cli.toFixed(2)} %`, target: '≤ 3 %' },
      { what: `dashboard, ${RUNNING} running: the page (renderer + GPU processes) CPU`, berth: `${(live.renderer + live.gpu).toFixed(2)} % of a core`, raw: '—', target: '≤ 2 %' },
      { what: `dashboard, ${RUNNING} running: the engine's CPU serving the stats`, berth: `dockerd ${live.dockerd.toFixed(1)} %`, raw: `dockerd under docker stats: ${raw.dockerd.toFixed(1)} %`, target: '≈ raw' },
      { what: 'web host sockets: containers screen → dashboard → containers screen again', berth: `${unseen} → ${seen} → ${left}`, raw: `${RUNNING} stats streams`, target: 'back to the first (0 streams unseen)' },
    ];
  } finally {
    await page.close();
    await removeContainers(PREFIX);
  }
}
