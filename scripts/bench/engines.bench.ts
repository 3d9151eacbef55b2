// #13 benchmarks: five engines (the sandbox and four namespaced ones: TLS, SSH and two on sockets), 200 containers
// each. Idle CPU with every engine's list live, engine switch → rows painted, the All engines view, and a container
// list over SSH beside the docker CLI's over the same SSH.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import type { Browser, Page } from '@playwright/test';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { remoteEngines } from '../../e2e/support/remote-engines';
import { closeDockerClient, createDockerClient } from '../../electron/services/engine/create-docker-client';
import { fmt, inAppTimes, inBatches, median, pageLoads, run, treeCpuSeconds, type Figure } from './lib';

const PER_ENGINE = 200;
const IDLE_SECONDS = 60;
const SWITCHES = 10;
const PREFIX = 'bench-e-';

interface BenchEngine { id: string; label: string; socket: string }

/** The namespaced engines: `scripts/sandbox.sh remotes tls ssh n3 n4` (the bench starts them). */
function engines(): BenchEngine[] {
  const remote = `${process.env.BERTH_SANDBOX ?? '/tmp/berth-sandbox'}/remote`;
  return [
    { id: 'local', label: 'DOCKER_HOST', socket: process.env.DOCKER_HOST!.slice('unix://'.length) },
    ...['tls', 'ssh', 'n3', 'n4'].map((n) => ({ id: `bench-${n}`, label: `bench-${n}`, socket: `${remote}/${n}/docker.sock` })),
  ];
}

const client = (socket: string): Docker => new Docker({ socketPath: socket, agent: new http.Agent({ keepAlive: false }) } as Docker.DockerOptions);

async function removeOn(socket: string): Promise<void> {
  const docker = client(socket);
  const list = await docker.listContainers({ all: true, filters: { name: [PREFIX] } });
  await inBatches(list, 16, (c) => docker.getContainer(c.Id).remove({ force: true }));
}

async function prepare(all: BenchEngine[]): Promise<void> {
  for (const engine of all) {
    await removeOn(engine.socket);
    const docker = client(engine.socket);
    const names = Array.from({ length: PER_ENGINE }, (_, i) => `${PREFIX}${engine.id}-${String(i).padStart(3, '0')}`);
    await inBatches(names, 16, (name) => docker.createContainer({ Image: 'berth/busybox', name, Cmd: ['true'] }));
  }
}

/**
 * A Berth of its own for the bench: a home folder whose known_hosts has the SSH engine's key, Berth's list of engines
 * with the four namespaced ones (TLS with its certificates, SSH with its key, two sockets), and a Docker config without
 * contexts (the e2e run's would add engines).
 */
function benchHome(): Record<string, string> {
  const remote = remoteEngines();
  const home = mkdtempSync(path.join(os.tmpdir(), 'berth-bench-home-'));
  mkdirSync(path.join(home, '.ssh'));
  copyFileSync(path.join(path.dirname(remote.ssh.hostKey), 'known_hosts'), path.join(home, '.ssh', 'known_hosts'));
  const base = { verify: true, ca: '', cert: '', key: '', identityFile: '', saveAsContext: false, tls: false };
  const list = [
    { ...base, id: 'bench-tls', name: 'bench-tls', kind: 'tcp', address: remote.tls.address, tls: true, ca: remote.tls.ca, cert: remote.tls.cert, key: remote.tls.key },
    { ...base, id: 'bench-ssh', name: 'bench-ssh', kind: 'ssh', address: remote.ssh.address, identityFile: remote.ssh.key },
    ...engines().slice(3).map((e) => ({ ...base, id: e.id, name: e.label, kind: 'unix', address: e.socket })),
  ];
  const config = path.join(home, 'berth');
  mkdirSync(config);
  writeFileSync(path.join(config, 'engines.json'), JSON.stringify({ engines: list }));
  return { HOME: home, BERTH_CONFIG_DIR: config, DOCKER_CONFIG: path.join(home, '.docker'), SSH_AUTH_SOCK: '' };
}

/** Click on an engine in the switcher → the first frame painted with that engine's rows, measured in the page. */
async function switchTo(page: Page, engine: BenchEngine): Promise<number> {
  await page.locator('.engine-switcher a', { hasText: engine.label }).waitFor();
  return page.evaluate(({ label, row }) => new Promise<number>((resolve) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('.engine-switcher a')].find((a) => a.textContent?.includes(label))!;
    const start = performance.now();
    const seen = new MutationObserver(() => {
      if (!document.querySelector(`tr[data-container="${row}"]`)) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    });
    seen.observe(document, { subtree: true, childList: true, characterData: true });
    link.click();
  }), { label: engine.label, row: `${PREFIX}${engine.id}-000` });
}

/**
 * The All engines view → every engine's rows counted in it, measured in the page: as page loads, cold and warm (see
 * pageLoads), and in the app: the switcher's "All engines" link clicked on a page opened on Settings.
 */
async function allEnginesLoad(browser: Browser, url: string, total: number): Promise<{ cold: number[]; warm: number[]; inApp: number[] }> {
  const view = `${url}#/e/local/all`;
  const counted = { selector: 'header [aria-live]', text: `${total} of ${total} ` };
  const { cold, warm, page, context } = await pageLoads(browser, view, counted, 3);
  const inApp = await inAppTimes(page, view, counted, 3);
  await context.close();
  return { cold, warm, inApp };
}

/** The raw list call over each engine's socket; the slowest is what the All engines view waits for at best. */
async function slowestRawList(all: BenchEngine[]): Promise<number> {
  const times = await Promise.all(all.map(async (e) => {
    const docker = client(e.socket);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await docker.listContainers({ all: true });
      runs.push(performance.now() - start);
    }
    return median(runs);
  }));
  return Math.max(...times);
}

/** Berth's SSH transport (one connection, kept) beside `docker --context <ssh> ps -a` (a new ssh process each time). */
async function sshListing(): Promise<{ berthWarm: number; berthCold: number; cli: number }> {
  const remote = remoteEngines();
  const endpoint = {
    kind: 'ssh' as const, label: 'bench-ssh', host: remote.ssh.address.split('@')[1]!, port: 22, username: 'root',
    auth: { identityFile: remote.ssh.key, agent: null, knownHosts: path.join(path.dirname(remote.ssh.hostKey), 'known_hosts') },
  };
  const time = async (f: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    await f();
    return performance.now() - start;
  };
  const kept = createDockerClient(endpoint);
  await kept.listContainers({ all: true });
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) warm.push(await time(() => kept.listContainers({ all: true })));
  closeDockerClient(kept);
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = createDockerClient(endpoint);
    cold.push(await time(() => fresh.listContainers({ all: true })));
    closeDockerClient(fresh);
  }
  // The CLI through the same key and known_hosts (the sandbox's ssh wrapper), from a context of its own.
  const config = mkdtempSync(path.join(os.tmpdir(), 'berth-bench-docker-'));
  const env = { ...process.env, DOCKER_CONFIG: config, DOCKER_HOST: '', PATH: `${remote.ssh.bin}:${process.env.PATH}` };
  execFileSync('docker', ['context', 'create', 'bench-ssh', '--docker', `host=ssh://${remote.ssh.address}`], { env, stdio: 'ignore' });
  const cli: number[] = [];
  for (let i = 0; i < 5; i++) cli.push(await time(() => run('docker', ['--context', 'bench-ssh', 'ps', '-a'], { env })));
  return { berthWarm: median(warm), berthCold: median(cold), cli: median(cli) };
}

export async function enginesBench(browser: Browser): Promise<Figure[]> {
  execFileSync('bash', ['scripts/sandbox.sh', 'remotes', 'tls', 'ssh', 'n3', 'n4'], { stdio: 'inherit' });
  const all = engines();
  console.log(`engines: ${PER_ENGINE} containers on each of ${all.length} engines…`);
  await prepare(all);
  const { child, url } = await spawnWebHost([], [], benchHome());
  try {
    const total = (await Promise.all(all.map((e) => client(e.socket).listContainers({ all: true })))).reduce((n, l) => n + l.length, 0);
    const raw = await slowestRawList(all);
    const allLoad = await allEnginesLoad(browser, url.href, total);

    const page = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
    await page.goto(url.href);
    // Each engine once (cold: its list starts), then switches among them (warm: every list is live and kept).
    for (const engine of all) await switchTo(page, engine);
    const warm: number[] = [];
    for (let i = 0; i < SWITCHES; i++) warm.push(await switchTo(page, all[(i + 1) % all.length]!));

    console.log(`engines: ${IDLE_SECONDS} s idle with ${all.length} engines' lists live…`);
    await page.waitForTimeout(5_000);
    const before = treeCpuSeconds(child.pid!);
    await page.waitForTimeout(IDLE_SECONDS * 1000);
    const idle = (100 * (treeCpuSeconds(child.pid!) - before)) / IDLE_SECONDS;
    await page.close();

    const ssh = await sshListing();
    return [
      { what: `${all.length} engines × ${PER_ENGINE} containers, every list live, idle ${IDLE_SECONDS} s: web host CPU`,
        berth: `${idle.toFixed(2)} % of a core`, raw: '—', target: '≤ 1 %' },
      { what: `switch engine → its rows painted, warm (median / max of ${SWITCHES})`, berth: `${fmt(median(warm))} / ${fmt(Math.max(...warm))}`,
        raw: '—', target: '≤ 150 ms' },
      { what: `All engines view, ${total} rows: navigation → all counted, cold / warm (medians of 3)`,
        berth: `${fmt(median(allLoad.cold))} / ${fmt(median(allLoad.warm))}`,
        raw: `slowest engine's GET /containers/json?all=1 on its socket: ${fmt(raw)}`, target: '≤ raw + 300 ms' },
      { what: `All engines view, ${total} rows: in the app, Settings → the switcher's All engines → all counted (median of 3)`,
        berth: fmt(median(allLoad.inApp)), raw: `${fmt(raw)} (as above)`, target: '≤ raw + 300 ms' },
      { what: 'container list over SSH (median): kept connection / new connection', berth: `${fmt(ssh.berthWarm)} / ${fmt(ssh.berthCold)}`,
        raw: `docker --context <ssh> ps -a: ${fmt(ssh.cli)}`, target: '≤ 1.2 × CLI' },
    ];
  } finally {
    child.kill('SIGTERM');
    for (const engine of all) await removeOn(engine.socket);
  }
}
