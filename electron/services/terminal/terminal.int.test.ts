// Against the sandbox engine: real exec sessions with a TTY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalEvent } from '../../../shared/terminal';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

const P = 'berth-int-term-';
let services: RunningServices;
let containerId: string;

/** Reads a session's output in the background. */
function reader(sessionId: string) {
  const abort = new AbortController();
  const events: TerminalEvent[] = [];
  const done = (async () => {
    for await (const e of services.api.terminal.output({ sessionId: sessionId }, abort.signal)) events.push(e);
  })();
  const text = () => events.map((e) => (e.type === 'output' ? Buffer.from(e.data, 'base64').toString('utf8') : '')).join('');
  return { events, text, stop: async () => { abort.abort(); await done.catch(() => undefined); } };
}

beforeAll(async () => {
  await removeContainers(P);
  services = await startConnected();
  const c = await docker.createContainer({ name: `${P}box`, Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
  await c.start();
  containerId = c.id;
});
afterAll(async () => {
  services.stop();
  await removeContainers(P);
});

describe('shell sessions on a real engine', () => {
  it('falls back quietly to ash, starts at the real size, survives a re-attach and ends its process on close', async () => {
    const session = await services.api.terminal.open({ containerId, kind: 'exec', command: [], user: '', workdir: '', cols: 132, rows: 41 });
    const first = reader(session.sessionId);
    services.api.terminal.write({ sessionId: session.sessionId, data: 'echo $((6*7)); stty size; echo "pid:$$"; echo 世界\r', binary: false });
    await expect.poll(first.text).toMatch(/pid:\d+/);
    const out = first.text();
    expect(out).toContain('42');
    expect(out).toContain('41 132');
    expect(out).toContain('世界');
    expect(out).not.toMatch(/not found|No such file/i);
    expect(out).not.toContain('\u001b]7770'); // the wrapper's PID report is stripped
    const pid = /pid:(\d+)/.exec(out)![1]!;
    await first.stop();

    await services.api.terminal.resize({ sessionId: session.sessionId, cols: 90, rows: 20 });
    const second = reader(session.sessionId);
    await expect.poll(second.text).toContain(`pid:${pid}`); // replayed scrollback
    expect(second.text().split(`pid:${pid}`).length).toBe(2); // once: replay and live do not overlap
    services.api.terminal.write({ sessionId: session.sessionId, data: 'stty size; echo "again:$$"\r', binary: false });
    await expect.poll(second.text).toContain(`again:${pid}`);
    expect(second.text()).toContain('20 90');
    expect(second.events[0]).toMatchObject({ type: 'output', replay: true });
    await second.stop();

    const processes = async () => ((await docker.getContainer(containerId).top({ ps_args: '-o pid,args' })).Processes ?? []).map((p: string[]) => p.join(' '));
    expect((await processes()).some((p: string) => / ash$| sh$/.test(p))).toBe(true);
    services.api.terminal.close({ sessionId: session.sessionId });
    await expect.poll(async () => (await processes()).some((p: string) => / ash$| sh$/.test(p)), { timeout: 10_000 }).toBe(false);
    expect(services.api.terminal.list({ containerId: containerId })).toEqual([]);
  });

  it('reports the exit code when the shell exits', async () => {
    const session = await services.api.terminal.open({ containerId, kind: 'exec', command: ['sh'], user: '', workdir: '/tmp', cols: 80, rows: 24 });
    const r = reader(session.sessionId);
    services.api.terminal.write({ sessionId: session.sessionId, data: 'pwd; exit 3\r', binary: false });
    await expect.poll(() => r.events.at(-1)).toEqual({ type: 'exit', exitCode: 3 });
    expect(r.text()).toContain('/tmp');
    await r.stop();
    expect(services.api.terminal.list({ containerId: containerId })).toMatchObject([{ state: 'exited', exitCode: 3 }]);
    services.api.terminal.close({ sessionId: session.sessionId });
  });

  it('attaches to a TTY container’s main process and detaches without stopping it', async () => {
    const c = await docker.createContainer({ name: `${P}tty`, Image: 'berth/busybox:latest', Cmd: ['sh'], Tty: true, OpenStdin: true });
    await c.start();
    /** Attaches, has the shell compute something, sees the answer, detaches. */
    const attachAndAsk = async (sum: string, answer: string) => {
      const session = await services.api.terminal.open({ containerId: c.id, kind: 'attach', command: [], user: '', workdir: '', cols: 100, rows: 30 });
      const r = reader(session.sessionId);
      services.api.terminal.write({ sessionId: session.sessionId, data: `echo answer-$((${sum}))\r`, binary: false });
      await expect.poll(r.text).toContain(`answer-${answer}`);
      await r.stop();
      services.api.terminal.close({ sessionId: session.sessionId });
    };
    await attachAndAsk('1+1', '2');
    // Detaching sent no EOF: the same shell still answers through a new attach.
    await attachAndAsk('2+2', '4');
    expect((await c.inspect()).State.Running).toBe(true);
    await expect(services.api.terminal.open({ containerId, kind: 'attach', command: [], user: '', workdir: '', cols: 80, rows: 24 }))
      .rejects.toMatchObject({ data: { code: 'CONFLICT' } });
  });
});
