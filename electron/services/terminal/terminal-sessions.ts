import { randomUUID } from 'node:crypto';
import { EventEmitter, on } from 'node:events';
import type { Duplex } from 'node:stream';
import { BerthError } from '../../../shared/errors';
import type { OpenTerminalInput, SessionInfo, TerminalEvent } from '../../../shared/terminal';
import { execCommand, PID_MARK } from './exec-wrapper';
import { Batcher } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';

/** Output kept per session for a renderer that comes back (route switch, pop-out window). */
const REPLAY_BYTES = 512 * 1024;

interface Session {
  info: SessionInfo;
  /** The exec's PID inside the container, once its wrapper reported it. */
  pid: number | null;
  stream: Duplex;
  resize(cols: number, rows: number): Promise<unknown>;
  output: Buffer[];
  outputBytes: number;
  events: EventEmitter<{ event: [TerminalEvent] }>;
}

/**
 * Shells live in main, not in a page: leaving the route or opening the shell in another window re-attaches to the
 * same process and replays its recent output. Closing a session ends the exec process (its TTY goes away).
 */
export class TerminalSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly engine: EngineMonitor) {}

  list({ containerId }: { containerId?: string }): SessionInfo[] {
    return [...this.sessions.values()].map((s) => s.info).filter((i) => !containerId || i.containerId === containerId);
  }

  async open(input: OpenTerminalInput): Promise<SessionInfo> {
    try {
      const container = this.engine.requireClient().getContainer(input.containerId);
      const details = await container.inspect();
      let stream: Duplex;
      let resize: Session['resize'];
      let title: string;
      let exitCode: () => Promise<number | null>;
      if (input.kind === 'attach') {
        if (!details.Config.Tty) throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.terminal.noTty' } });
        stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as unknown as Duplex;
        resize = (cols, rows) => container.resize({ h: rows, w: cols });
        title = details.Path;
        exitCode = () => container.inspect().then((i) => (i.State.Running ? null : i.State.ExitCode), () => null);
      } else {
        const exec = await container.exec({
          Cmd: execCommand(input.command), AttachStdin: true, AttachStdout: true, AttachStderr: true, Tty: true,
          User: input.user || undefined, WorkingDir: input.workdir || undefined, Env: ['TERM=xterm-256color'],
        });
        stream = (await exec.start({ hijack: true, stdin: true, Tty: true })) as unknown as Duplex;
        resize = (cols, rows) => exec.resize({ h: rows, w: cols });
        title = input.command.length ? input.command.join(' ') : 'shell';
        exitCode = () => exec.inspect().then((i) => i.ExitCode ?? null, () => null);
      }
      const session: Session = {
        info: { sessionId: randomUUID(), containerId: details.Id, kind: input.kind, title, state: 'running', exitCode: null, createdAt: Date.now() },
        pid: null, stream, resize, output: [], outputBytes: 0, events: new EventEmitter(),
      };
      session.events.setMaxListeners(0);
      // The real size right away, so the first prompt is not laid out for 80×24.
      await resize(input.cols, input.rows).catch(() => undefined);
      this.follow(session, exitCode);
      this.sessions.set(session.info.sessionId, session);
      return session.info;
    } catch (err) {
      throw toBerthError(err);
    }
  }

  private follow(session: Session, exitCode: () => Promise<number | null>): void {
    // Output joins the replay buffer when it is sent, so a listener gets each byte once: in its replay or live.
    const batcher = new Batcher<Buffer>((chunks) => {
      const data = Buffer.concat(chunks);
      session.output.push(data);
      session.outputBytes += data.length;
      while (session.outputBytes > REPLAY_BYTES && session.output.length > 1) session.outputBytes -= session.output.shift()!.length;
      session.events.emit('event', { type: 'output', data: data.toString('base64'), replay: false });
    }, { delayMs: 8, maxItems: 256, maxWeight: 64 * 1024, weigh: (b) => b.length, leading: true });
    let head: Buffer | null = session.info.kind === 'exec' ? Buffer.alloc(0) : null;
    session.stream.on('data', (data: Buffer) => {
      let chunk = data;
      if (head) {
        // The wrapper's PID report comes first; hold the first bytes until it is seen, then strip it.
        head = Buffer.concat([head, chunk]);
        const mark = PID_MARK.exec(head.toString('latin1'));
        if (!mark && head.length < 256) return;
        chunk = mark ? Buffer.concat([head.subarray(0, mark.index), head.subarray(mark.index + mark[0].length)]) : head;
        session.pid = mark ? Number(mark[1]) : null;
        head = null;
        if (!chunk.length) return;
      }
      batcher.add(chunk);
    });
    const ended = async () => {
      if (session.info.state === 'exited') return;
      batcher.flush();
      session.info = { ...session.info, state: 'exited', exitCode: await exitCode() };
      session.events.emit('event', { type: 'exit', exitCode: session.info.exitCode });
    };
    session.stream.once('end', () => void ended());
    session.stream.once('close', () => void ended());
    session.stream.once('error', () => void ended());
  }

  private get(sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (!session) throw new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.terminal.ended' } });
    return session;
  }

  /** Replays the recent output, then streams new output until the session exits or the listener leaves. */
  async *output({ sessionId }: { sessionId: string }, signal: AbortSignal): AsyncGenerator<TerminalEvent> {
    const session = this.get(sessionId);
    const live = on(session.events, 'event', { signal });
    yield { type: 'output', data: Buffer.concat(session.output).toString('base64'), replay: true };
    if (session.info.state === 'exited') {
      yield { type: 'exit', exitCode: session.info.exitCode };
      return;
    }
    try {
      for await (const [event] of live) {
        yield event as TerminalEvent;
        if ((event as TerminalEvent).type === 'exit') return;
      }
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  }

  write({ sessionId, data, binary }: { sessionId: string; data: string; binary: boolean }): void {
    const session = this.get(sessionId);
    if (session.info.state === 'running') session.stream.write(Buffer.from(data, binary ? 'latin1' : 'utf8'));
  }

  async resize({ sessionId, cols, rows }: { sessionId: string; cols: number; rows: number }): Promise<void> {
    const session = this.get(sessionId);
    if (session.info.state === 'running') await session.resize(cols, rows).catch(() => undefined);
  }

  /**
   * Ends an exec's process (SIGHUP, as a closed terminal would send; the engine does not when the client goes away);
   * for an attach, only detaches: the container keeps running.
   */
  close({ sessionId }: { sessionId: string }): void {
    const session = this.get(sessionId);
    this.sessions.delete(sessionId);
    session.stream.destroy();
    if (session.info.kind === 'exec' && session.info.state === 'running' && session.pid) void this.hangUp(session.info.containerId, session.pid);
  }

  private async hangUp(containerId: string, pid: number): Promise<void> {
    try {
      const exec = await this.engine.requireClient().getContainer(containerId).exec({ Cmd: ['/bin/sh', '-c', `kill -HUP ${pid}`] });
      await exec.start({ Detach: true });
    } catch {
      // the container or the engine is gone: so is the process
    }
  }

  closeAll(): void {
    for (const id of [...this.sessions.keys()]) this.close({ sessionId: id });
  }
}
