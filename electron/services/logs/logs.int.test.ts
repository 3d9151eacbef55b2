// Against the sandbox engine (eval "$(scripts/sandbox.sh env)"); one test restarts the engine itself.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinesBatch, LogBatch, LogLine } from '../../../shared/logs';
import { batchColumns, cutOf, tsNanos } from '../../../shared/log-wire';
import { MAX_LINE_CHARS } from './log-lines';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { untilConnected } from '../../../e2e/support/connected-services';
import { startServices, type RunningServices } from '../create-services';

const P = 'berth-int-logs-';
let services: RunningServices;

/** The lines of a batch as objects again (the wire sends columns). */
function unpackLines(batch: LinesBatch): LogLine[] {
  const stderr = new Set(batch.stderr);
  const { stamps, texts } = batchColumns(batch);
  return stamps.map((ts, i) => ({ ts, text: texts[i]!, stream: stderr.has(i) ? 'stderr' : 'stdout' }));
}

const connected = (): Promise<void> => untilConnected(services);

async function run(name: string, cmd: string, tty = false) {
  const container = await docker.createContainer({ name: P + name, Image: 'berth/busybox:latest', Cmd: ['sh', '-c', cmd], Tty: tty });
  await container.start();
  return container;
}

/** Follows a log in the background; `stop()` returns everything received. */
function collect(id: string, tail: number | 'all' = 'all') {
  const abort = new AbortController();
  const batches: LogBatch[] = [];
  const done = (async () => {
    for await (const batch of services.api.logs.follow({ id, tail, follow: true }, abort.signal)) batches.push(batch);
  })();
  const lines = () => batches.flatMap((b) => (b.type === 'lines' ? unpackLines(b) : []));
  return { batches, lines, stop: async () => { abort.abort(); await done; return lines(); } };
}

/** `docker logs -t` as lines, for comparison. */
function cliLines(name: string, options = ''): LogLine[] {
  const lines = (stream: 'stdout' | 'stderr') =>
    execFileSync('bash', ['-c', `docker logs -t ${options} ${P}${name} ${stream === 'stdout' ? '2>/dev/null' : '2>&1 >/dev/null'}`])
      .toString().split('\n').filter(Boolean).map((l) => ({ ts: l.slice(0, l.indexOf(' ')), stream, text: l.slice(l.indexOf(' ') + 1) }));
  return [...lines('stdout'), ...lines('stderr')].sort((a, b) => (tsNanos(a.ts) < tsNanos(b.ts) ? -1 : tsNanos(a.ts) > tsNanos(b.ts) ? 1 : 0));
}
const key = (l: LogLine) => `${l.ts} ${l.stream} ${l.text}`;

beforeAll(async () => {
  await removeContainers(P);
  services = startServices();
  await connected();
});
afterAll(async () => {
  services.stop();
  await removeContainers(P);
});

describe('logs on a real engine', () => {
  it('tails first, then follows; stdout and stderr apart, every line once and in order', async () => {
    await run('count', 'i=0; while [ $i -lt 3000 ]; do i=$((i+1)); echo "line $i"; [ $((i % 100)) = 0 ] && { echo "oops $i" >&2; sleep 0.05; }; done; sleep 600');
    // (The pause lets the engine's stderr copier catch up: it copies apart from stdout, and the tail is in file order.)
    await expect.poll(() => execFileSync('bash', ['-c', `docker logs ${P}count 2>/dev/null | tail -n 1`]).toString(), { timeout: 20_000 }).toBe('line 3000\n');
    const follow = collect(P + 'count', 1000);
    await expect.poll(() => follow.lines().length).toBe(1000);
    const lines = await follow.stop();
    // The engine's tail counts in its file's order, which is not quite time order (stdout and stderr are copied apart).
    expect(lines.map(key).sort()).toEqual(cliLines('count', '--tail 1000').map(key).sort());
    const numbers = lines.filter((l) => l.stream === 'stdout').map((l) => Number(l.text.split(' ')[1]));
    expect(numbers).toEqual(numbers.map((_, i) => 3000 - numbers.length + 1 + i));
    const stderr = lines.filter((l) => l.stream === 'stderr');
    expect(stderr.length).toBeGreaterThan(3);
    expect(stderr.every((l) => l.text.startsWith('oops '))).toBe(true);
    expect(follow.batches.filter((b) => b.type === 'lines').length).toBeLessThan(10); // batched, not one message per line
  });

  it('merges a project’s logs: the tails whole and in time order, then each container followed on with no gap and no duplicate', async () => {
    // Both write all the time, so lines keep coming while each tail is read and its follow begins.
    const counters = await Promise.all(['m1', 'm2'].map((name) => run(name, 'i=0; while :; do i=$((i+1)); echo "$i"; sleep 0.01; done')));
    await expect.poll(() => execFileSync('bash', ['-c', `docker logs ${P}m2 | wc -l`]).toString().trim(), { timeout: 20_000 }).not.toBe('0');
    const abort = new AbortController();
    const batches: LinesBatch[] = [];
    const done = (async () => {
      const ids = counters.map((c) => c.id);
      for await (const batch of services.api.logs.followMerged({ ids, tail: 'all' }, abort.signal)) if (batch.type === 'lines') batches.push(batch);
    })();
    await expect.poll(() => batches.length, { timeout: 20_000 }).toBeGreaterThan(5);
    abort.abort();
    await done;
    const tail = unpackLines(batches[0]!);
    expect(tail.map((l) => tsNanos(l.ts))).toEqual(tail.map((l) => tsNanos(l.ts)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const source of [0, 1]) {
      const numbers = batches.flatMap((b) => unpackLines(b).filter((_, i) => b.sources![i] === source)).map((l) => Number(l.text));
      expect(numbers.length).toBeGreaterThan(10);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('keeps following across a container restart and an engine restart: no gap, no duplicate', async () => {
    const container = await run('survive', 'i=0; while true; do i=$((i+1)); echo "n $i"; [ $((i % 5)) = 0 ] && echo "e $i" >&2; sleep 0.02; done');
    const follow = collect(container.id);
    const runs = () => follow.lines().filter((l) => l.text === 'n 1').length;
    const linesOfRun = () => follow.lines().length - follow.lines().findLastIndex((l) => l.text === 'n 1');
    await expect.poll(() => follow.lines().length).toBeGreaterThan(10);
    await container.restart({ t: 0 });
    await expect.poll(runs).toBe(2);
    await expect.poll(linesOfRun).toBeGreaterThan(10);
    execFileSync('bash', ['-c', process.env.BERTH_ENGINE_RESTART!], { stdio: 'ignore' });
    const markers = () => follow.batches.flatMap((b) => (b.type === 'marker' ? [b] : []));
    const kinds = () => markers().map((m) => m.kind);
    // The engine stopped it on its way down, then came back.
    await expect.poll(kinds, { timeout: 20_000 }).toEqual(['stopped', 'restarted', 'stopped', 'reconnected']);
    // The "stopped" marker says when the container stopped (as the engine recorded it), not when it was noticed.
    const finishedAt = (await docker.getContainer(container.id).inspect()).State.FinishedAt;
    expect(tsNanos(markers()[2]!.ts)).toBe(tsNanos(finishedAt));
    expect(tsNanos(markers()[2]!.ts) < tsNanos(markers()[3]!.ts)).toBe(true);
    await docker.getContainer(container.id).start();
    await expect.poll(runs, { timeout: 20_000 }).toBe(3);
    await expect.poll(linesOfRun).toBeGreaterThan(10);
    await docker.getContainer(container.id).stop({ t: 0 });
    await expect.poll(kinds).toEqual(['stopped', 'restarted', 'stopped', 'reconnected', 'restarted', 'stopped']);
    const lines = await follow.stop();
    const expected = cliLines('survive');
    expect(lines.map(key).sort()).toEqual(expected.map(key).sort());
    expect(new Set(lines.map(key)).size).toBe(lines.length);
    expect(lines.filter((l) => l.text === 'n 1').length).toBe(3); // three runs of the process
  }, 90_000);

  it('exports exactly what docker logs prints, with and without timestamps, and the filtered lines', async () => {
    const container = await run('export', 'for i in 1 2 3 4 5; do echo "out $i ü"; echo "err $i" >&2; done; printf "no newline"');
    await container.wait();
    const read = async (query: Parameters<RunningServices['api']['logs']['export']>[0]) => {
      const file = await services.api.logs.export(query);
      const parts: Uint8Array[] = [];
      for await (const chunk of file.body) parts.push(chunk);
      return { name: file.name, bytes: Buffer.concat(parts) };
    };
    const plain = await read({ engine: 'local', id: container.id, tail: 'all', timestamps: false, filter: '', regex: false, caseSensitive: false });
    expect(plain.name).toBe(`${P}export-logs.txt`);
    expect(plain.bytes.equals(execFileSync('bash', ['-c', `docker logs ${P}export 2>&1`]))).toBe(true);
    const stamped = await read({ engine: 'local', id: container.id, tail: 2, timestamps: true, filter: '', regex: false, caseSensitive: false });
    expect(stamped.bytes.equals(execFileSync('bash', ['-c', `docker logs -t --tail 2 ${P}export 2>&1`]))).toBe(true);
    const filtered = await read({ engine: 'local', id: container.id, tail: 'all', timestamps: false, filter: '^OUT [24]', regex: true, caseSensitive: false });
    expect(filtered.bytes.toString()).toBe('out 2 ü\nout 4 ü\n');
  });

  it('a 100,000-character line arrives as one line; a TTY container is read without demultiplexing', async () => {
    const long = await run('long', 'head -c 100000 /dev/zero | tr "\\0" x; echo; echo after; sleep 600');
    const tty = await run('tty', 'printf "\\033[31mred\\033[0m\\r\\n"; sleep 600', true);
    // Followed from the start, whenever the containers got to write: the lines come once they are written.

    const a = collect(long.id);
    const b = collect(tty.id);
    await expect.poll(() => a.lines().length).toBe(2);
    await expect.poll(() => b.lines().length).toBe(1);
    const [longLines, ttyLines] = [await a.stop(), await b.stop()];
    expect(longLines.map((l) => l.text.length)).toEqual([100_000, 5]);
    expect(ttyLines).toEqual([expect.objectContaining({ stream: 'stdout', text: '\u001b[31mred\u001b[0m' })]);
  });

  it('a 100 MB line without a newline arrives cut at the cap with the count, and the lines after it follow', async () => {
    const huge = await run('huge', 'head -c 100000000 /dev/zero | tr "\\0" a; echo; echo after; sleep 600');
    const follow = collect(huge.id);
    await expect.poll(() => follow.lines().length, { timeout: 20_000 }).toBe(2); // ~2.5 s here; before the cap, no batch in 40 s
    const [cutLine, after] = await follow.stop();
    expect(cutOf(cutLine!.text)).toEqual({ text: 'a'.repeat(MAX_LINE_CHARS), cut: 100_000_000 - MAX_LINE_CHARS });
    expect(after!.text).toBe('after');
  }, 30_000);
});
