import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, runProcess } from './run-process';

const lines = () => {
  const got: [string, string][] = [];
  return { got, onLine: (line: string, stream: string) => void got.push([stream, line]) };
};
/** Whether any process still runs with this marker in its command line. */
const running = (marker: string): boolean => {
  try {
    return execFileSync('pgrep', ['-f', marker]).toString().trim().length > 0;
  } catch {
    return false;
  }
};

describe('child processes', () => {
  it('gives each stream its own lines and the exit code', async () => {
    const out = lines();
    expect(await runProcess('sh', ['-c', 'echo one; echo warn >&2; echo two; exit 3'], { timeoutMs: 10_000, maxOutputBytes: 1000, ...out })).toBe(3);
    expect(out.got.filter(([s]) => s === 'stdout').map(([, l]) => l)).toEqual(['one', 'two']);
    expect(out.got.filter(([s]) => s === 'stderr').map(([, l]) => l)).toEqual(['warn']);
  });

  it('kills the whole process group at the time limit, grandchildren included', async () => {
    const marker = `sleep 7${process.pid}`; // a duration no other process sleeps for
    const run = runProcess('sh', ['-c', `${marker} & ${marker}; :`], { timeoutMs: 300, maxOutputBytes: 1000, ...lines() });
    await expect(run).rejects.toMatchObject({ data: { message: { key: 'errors.process.timeout' } } });
    expect(running(marker)).toBe(false);
  });

  it('kills the group when its output passes the cap, and cuts a line that never ends', async () => {
    await expect(runProcess('yes', [], { timeoutMs: 10_000, maxOutputBytes: 1 << 20, ...lines() })).rejects.toMatchObject({ data: { message: { key: 'errors.process.output' } } });
    const out = lines();
    expect(await runProcess('sh', ['-c', `head -c ${MAX_LINE_BYTES * 3} /dev/zero | tr '\\0' a`], { timeoutMs: 10_000, maxOutputBytes: 1 << 20, ...out })).toBe(0);
    expect(out.got).toHaveLength(1);
    expect(out.got[0]![1]).toBe(`${'a'.repeat(MAX_LINE_BYTES)} … [${MAX_LINE_BYTES * 2} bytes cut]`);
  });

  it('on cancel asks the group to stop (SIGINT), then kills what is left after the grace time', async () => {
    const marker = `sleep 8${process.pid}`;
    const stop = new AbortController();
    // The shell ignores SIGINT, as a program that keeps going would: only the SIGKILL after the grace ends it.
    const run = runProcess('sh', ['-c', `trap '' INT; ${marker} & wait`], { timeoutMs: 60_000, maxOutputBytes: 1000, signal: stop.signal, graceMs: 200, ...lines() });
    await expect.poll(() => running(marker)).toBe(true); // its child has started
    stop.abort();
    expect(await run).not.toBe(0);
    expect(running(marker)).toBe(false);
  });

  it('fails with the OS reason when the program is not there', async () => {
    await expect(runProcess('berth-no-such-program', [], { timeoutMs: 1000, maxOutputBytes: 10, ...lines() })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
