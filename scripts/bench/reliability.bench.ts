// #25 benchmark: main's event loop while a caller or an engine does its worst, beside a log flood being followed.
// Main's services run in this process (as they do in the shells), so its event-loop delay is measured directly.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { startConnected } from '../../e2e/support/connected-services';
import { docker, removeContainers } from '../../e2e/support/engine';
import type { ProjectInput } from '../../shared/compose';
import { fmt, type Figure } from './lib';

const PREFIX = 'bench-reliability-';
const TARGET_MS = 100;

/** A YAML alias bomb of 422 bytes (9^9 strings); compose v1 runs until stopped. */
const BOMB = ['version: "3.4"', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 8 }, (_, i) => `x-${'abcdefghi'[i + 1]}: &${'abcdefghi'[i + 1]} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'services:', '  web:', '    image: berth/httpd:latest', '    command: *i', ''].join('\n');

/** Main's event-loop delay (p99 and max, ms) while `work` runs. */
async function delayDuring(work: () => Promise<unknown>): Promise<{ p99: number; max: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const began = performance.now();
  await work();
  const ms = performance.now() - began;
  histogram.disable();
  return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, ms };
}

export async function reliabilityBench(): Promise<Figure[]> {
  await removeContainers(PREFIX);
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-rel-'));
  const services = await startConnected();
  const figures: Figure[] = [];
  const flood = await docker.createContainer({ name: `${PREFIX}flood`, Image: 'berth/busybox:latest', Cmd: ['yes', 'a line of a log flood, as a chatty service writes them'] });
  await flood.start();
  const following = new AbortController();
  let lines = 0;
  const follow = (async () => {
    for await (const batch of services.api.logs.follow({ id: flood.id, tail: 0, follow: true }, following.signal)) {
      if (batch.type === 'lines') lines += batch.text ? batch.text.split('\n').length : 0;
    }
  })();
  const row = (what: string, d: { p99: number; max: number; ms: number }, raw = '—') =>
    figures.push({ what: `${what}: main's event-loop delay p99 / max (${(d.ms / 1000).toFixed(1)} s)`, berth: `${fmt(d.p99)} / ${fmt(d.max)}`, raw, target: `no stall over ${TARGET_MS} ms` });
  try {
    const flooding = await delayDuring(async () => {
      const before = lines;
      const cli = promisify(execFile)('bash', ['-c', `timeout 5 docker logs -f --tail 0 ${flood.id} | wc -l`]);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      const cliLines = Number((await cli).stdout.trim());
      figures.push({ what: 'log flood followed by main (lines/s)', berth: `${Math.round((lines - before) / 5).toLocaleString('en')}`, raw: `docker logs -f at the same time: ${Math.round(cliLines / 5).toLocaleString('en')}`, target: '≥ 200,000' });
    });
    row('the flood alone', flooding);

    const fifo = path.join(dir, 'cert.fifo');
    execFileSync('mkfifo', [fifo]);
    const huge = path.join(dir, 'huge.pem');
    await writeFile(huge, '');
    await truncate(huge, 3 << 30);
    row('engines.test with CA /dev/zero, a FIFO certificate, a 3 GiB key (×20)', await delayDuring(async () => {
      for (let i = 0; i < 20; i++) {
        await Promise.resolve(services.app.engines.test({ name: 'x', kind: 'tcp', address: '127.0.0.1:1', tls: true, verify: true, ca: '/dev/zero', cert: fifo, key: huge, identityFile: '', saveAsContext: false })).catch(() => undefined);
      }
    }));

    const long = await docker.createContainer({ name: `${PREFIX}long`, Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'head -c 100000000 /dev/zero | tr "\\0" a; echo; sleep 600'] });
    await long.start();
    const cli = await delayDuring(() => promisify(execFile)('bash', ['-c', `until docker logs ${long.id} 2>/dev/null | tail -c 1 | grep -q .; do sleep 0.2; done; docker logs ${long.id} | wc -c`], { maxBuffer: 1 << 20 }));
    row('a 100 MB line without a newline, followed', await delayDuring(async () => {
      const stop = new AbortController();
      for await (const batch of services.api.logs.follow({ id: long.id, tail: 'all', follow: true }, stop.signal)) {
        if (batch.type === 'lines' && batch.text) {
          stop.abort();
        }
      }
    }), `docker logs of it: ${(cli.ms / 1000).toFixed(1)} s`);

    const project: ProjectInput = { name: 'benchbomb', files: [path.join(dir, 'docker-compose.yml')], workingDir: dir, envFile: null, profiles: [] };
    await writeFile(project.files[0]!, 'services: {}\n');
    // The raw figure: the same machine kept as busy by a plain busy loop for as long (two cores: the flood, the engine,
    // and the child all want one), so what is the machine's and what would be main's own can be told apart.
    const busy = await delayDuring(() => promisify(execFile)('timeout', ['20', 'sh', '-c', 'while :; do :; done']).catch(() => undefined));
    row('compose.validate of a 422-byte YAML alias bomb (ends at its time limit)', await delayDuring(() =>
      Promise.resolve(services.api.compose.validate({ project, path: project.files[0]!, text: BOMB })).catch(() => undefined)),
    `a busy loop for 20 s instead: ${fmt(busy.p99)} / ${fmt(busy.max)}`);

    const target = await docker.createContainer({ name: `${PREFIX}files`, Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
    await target.start();
    execFileSync('docker', ['exec', target.id, 'sh', '-c', 'head -c 400000000 /dev/zero > /big']);
    row('a 400 MB download cancelled at 8 MB, then inspect of its container (×5)', await delayDuring(async () => {
      for (let i = 0; i < 5; i++) {
        const stop = new AbortController();
        for await (const event of services.api.files.download({ target: { kind: 'container', id: target.id }, path: '/big', to: path.join(dir, `big-${i}`), overwrite: false }, stop.signal)) {
          if (event.type === 'progress' && event.bytes > 8 << 20) stop.abort();
        }
        await target.inspect();
      }
    }));
  } finally {
    following.abort();
    await follow.catch(() => undefined);
    services.stop();
    await removeContainers(PREFIX);
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
