// #14 benchmark: the page's memory over a long idle session with the containers screen open, on an engine of its
// own (the namespaced n3, so other work on the sandbox engine is not "activity"). Chromium's renderer and GPU
// processes (PSS) are sampled over the session, then a heap snapshot names what holds the page's JS heap.
// BERTH_BENCH_IDLE_MINUTES sets the length (60 by default).
import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
import Docker from 'dockerode';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { inBatches, processTree, run, type Figure } from './lib';

const MINUTES = Number(process.env.BERTH_BENCH_IDLE_MINUTES ?? 60);
const SAMPLES_AT = [0, 1, 5, 15, 30, 45, 60, 90, 120].filter((m) => m <= MINUTES);
const RUNNING = 20;
const CREATED = 200;
const PREFIX = 'bench-mem-';
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];

/**
 * PSS (MiB) of one browser's processes by type (and how many of each): what they cost the machine, shared pages split
 * between their users. Only the bench's own browser is counted, so other work on the machine does not add to it.
 */
function pssByType(browserPid: number): Record<string, number> {
  const pids = processTree(browserPid);
  const out: Record<string, number> = {};
  for (const pid of pids) {
    try {
      const type = /--type=(\S+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '))?.[1] ?? 'browser';
      const kb = Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      out[type] = (out[type] ?? 0) + kb / 1024;
      out[`${type}#`] = (out[`${type}#`] ?? 0) + 1;
    } catch { /* ended while we looked */ }
  }
  return out;
}

async function pageFacts(cdp: CDPSession) {
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { heapMb: heap.usedSize / 2 ** 20, nodes: metrics.Nodes ?? 0, listeners: metrics.JSEventListeners ?? 0 };
}

/** The constructors holding the most of the JS heap (self size), from a heap snapshot. */
async function heapHolders(cdp: CDPSession, top = 6): Promise<string> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = snapshot.snapshot.meta.node_types[0];
  const bySize = new Map<string, number>();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : `(${type})`;
    bySize.set(name, (bySize.get(name) ?? 0) + snapshot.nodes[i + sizeAt]!);
  }
  return [...bySize].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, size]) => `${name} ${(size / 2 ** 20).toFixed(1)} MB`).join(', ');
}

/** A browser of its own, with this page only: its process tree is what is measured. */
export async function memoryBench(): Promise<Figure[]> {
  const socket = `${process.env.BERTH_SANDBOX ?? '/tmp/berth-sandbox'}/remote/n3/docker.sock`;
  await run('bash', ['scripts/sandbox.sh', 'remotes', 'n3']);
  const engine = new Docker({ socketPath: socket, agent: new http.Agent({ keepAlive: false }) } as Docker.DockerOptions);
  const old = await engine.listContainers({ all: true, filters: { name: [PREFIX] } });
  await inBatches(old, 16, (c) => engine.getContainer(c.Id).remove({ force: true }));
  await inBatches(Array.from({ length: CREATED }, (_, i) => `${PREFIX}c${i}`), 16, (name) => engine.createContainer({ Image: 'berth/busybox', name, Cmd: ['true'] }));
  await inBatches(Array.from({ length: RUNNING }, (_, i) => `${PREFIX}r${i}`), 8, async (name) => (await engine.createContainer({ Image: 'berth/busybox', name, Cmd: LOOP })).start());
  const home = mkdtempSync(path.join(os.tmpdir(), 'berth-bench-mem-'));
  const { child, url } = await spawnWebHost([], [], { DOCKER_HOST: `unix://${socket}`, HOME: home, BERTH_CONFIG_DIR: home, DOCKER_CONFIG: home });
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browserPid = server.process().pid!;
  const browser = await chromium.connect(server.wsEndpoint());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url.href);
    await page.getByText(`${CREATED + RUNNING} of ${CREATED + RUNNING}`, { exact: false }).waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const samples: { minute: number; renderer: number; renderers: number; gpu: number; heapMb: number; nodes: number; listeners: number }[] = [];
    const start = Date.now();
    for (const minute of SAMPLES_AT) {
      await page.waitForTimeout(Math.max(0, start + minute * 60_000 - Date.now()));
      await cdp.send('HeapProfiler.collectGarbage');
      const pss = pssByType(browserPid);
      samples.push({ minute, renderer: pss.renderer ?? 0, renderers: pss['renderer#'] ?? 0, gpu: pss['gpu-process'] ?? 0, ...(await pageFacts(cdp)) });
      console.log(`memory: ${JSON.stringify(samples.at(-1))}`);
    }
    const holders = await heapHolders(cdp);
    const first = samples[0]!;
    const last = samples.at(-1)!;
    const mb = (n: number) => `${n.toFixed(0)} MB`;
    return [
      { what: `page memory after ${last.minute} min idle, containers screen (${CREATED + RUNNING} containers, ${RUNNING} running): renderer + GPU PSS`,
        berth: `${mb(last.renderer + last.gpu)} (${last.renderers} renderer processes ${mb(last.renderer)}, GPU ${mb(last.gpu)}); at the start ${mb(first.renderer + first.gpu)}`, raw: '—', target: '≤ 200 MB, no growth' },
      { what: `… of which the page's JS heap (after GC), DOM nodes, listeners`, berth: `${last.heapMb.toFixed(1)} MB (start ${first.heapMb.toFixed(1)}), ${last.nodes} nodes, ${last.listeners} listeners`, raw: '—', target: '≤ 10 MB, flat' },
      { what: '… the JS heap is held by', berth: holders, raw: '—', target: '—' },
    ];
  } finally {
    await browser.close();
    await server.close();
    child.kill('SIGTERM');
    const mine = await engine.listContainers({ all: true, filters: { name: [PREFIX] } });
    await inBatches(mine, 16, (c) => engine.getContainer(c.Id).remove({ force: true }));
  }
}
