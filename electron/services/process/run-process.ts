import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { BerthError } from '../../../shared/errors';

/**
 * Every child process main runs (compose, engine control commands, credential helpers) goes through here: a time
 * limit, a cap on its output, and cancellation that ends its whole process group — compose v1 is a Python program
 * that starts its own children, and a YAML alias bomb kept `docker-compose config` going for minutes at 820 MB.
 */

export type OutputStream = 'stdout' | 'stderr';

export interface ProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run `file` through the system shell (commands from Berth's settings). */
  shell?: boolean;
  /** Written to its stdin, which is then closed. */
  input?: string;
  /** Cancels the run: SIGINT to the group (compose stops what it started), SIGKILL after `graceMs`. */
  signal?: AbortSignal;
  graceMs?: number;
  /** The group is killed after this long, and the run fails with `errors.process.timeout`. */
  timeoutMs: number;
  /** More output than this (both streams) kills the group, and the run fails with `errors.process.output`. */
  maxOutputBytes: number;
  /** Run below main's priority (a niceness, 1–19): a runaway reader of the user's file must not starve main's own work. */
  niceness?: number;
  /** Each output line as it comes; a line longer than MAX_LINE_BYTES is cut, with how much was cut. */
  onLine(line: string, stream: OutputStream): void;
}

export const MAX_LINE_BYTES = 64 * 1024;

/** Splits a stream into lines, holding at most MAX_LINE_BYTES of a line that has not ended. */
class CappedLines {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private cut = 0;

  constructor(private readonly emit: (line: string) => void) {}

  push(chunk: Buffer): void {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      this.hold(chunk.subarray(from, nl));
      this.end();
      from = nl + 1;
    }
    this.hold(chunk.subarray(from));
  }

  end(): void {
    if (!this.heldBytes && !this.cut) return;
    const text = Buffer.concat(this.held, this.heldBytes).toString('utf8').replace(/\r$/, '');
    this.emit(this.cut ? `${text} … [${this.cut} bytes cut]` : text);
    this.held = [];
    this.heldBytes = 0;
    this.cut = 0;
  }

  private hold(part: Buffer): void {
    const room = Math.max(0, MAX_LINE_BYTES - this.heldBytes);
    if (part.length > room) this.cut += part.length - room;
    if (room && part.length) {
      const kept = part.subarray(0, room);
      this.held.push(kept);
      this.heldBytes += kept.length;
    }
  }
}

/** Resolves with the exit code once the process and its pipes have closed; rejects on timeout, too much output or a failure to start. */
export function runProcess(file: string, args: string[], options: ProcessOptions): Promise<number | null> {
  const { signal, graceMs = 5_000 } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new BerthError({ code: 'CONFLICT', message: { key: 'errors.process.cancelled' } }));
      return;
    }
    const group = process.platform !== 'win32';
    const child = spawn(file, args, { env: options.env, cwd: options.cwd, shell: options.shell, detached: group, stdio: ['pipe', 'pipe', 'pipe'] });
    if (options.niceness && child.pid) {
      try {
        setPriority(child.pid, options.niceness);
      } catch {
        // not allowed here: it runs at main's priority
      }
    }
    let failure: unknown = null;
    const kill = (sig: NodeJS.Signals) => {
      try {
        if (group && child.pid) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        // gone already
      }
    };
    const fail = (error: BerthError) => {
      failure ??= error;
      kill('SIGKILL');
    };
    let killer: NodeJS.Timeout | undefined;
    const cancel = () => {
      kill('SIGINT');
      killer = setTimeout(() => kill('SIGKILL'), graceMs);
    };
    const timer = setTimeout(() => fail(new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.process.timeout', params: { seconds: Math.round(options.timeoutMs / 1000) } }, detail: file })), options.timeoutMs);
    signal?.addEventListener('abort', cancel, { once: true });
    let bytes = 0;
    const lines = { stdout: new CappedLines((l) => options.onLine(l, 'stdout')), stderr: new CappedLines((l) => options.onLine(l, 'stderr')) };
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].on('data', (chunk: Buffer) => {
        if (failure) return;
        bytes += chunk.length;
        if (bytes > options.maxOutputBytes) fail(new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.process.output', params: { max: options.maxOutputBytes } }, detail: file }));
        else lines[stream].push(chunk);
      });
    }
    child.stdin.on('error', () => undefined); // a process that exits without reading its input
    child.stdin.end(options.input ?? '');
    child.on('error', (err) => {
      failure ??= err;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      clearTimeout(killer);
      signal?.removeEventListener('abort', cancel);
      // What the group's other processes still hold open ends with it.
      if (group) kill('SIGKILL');
      if (failure) {
        reject(failure);
        return;
      }
      lines.stdout.end();
      lines.stderr.end();
      resolve(code);
    });
  });
}
