import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileJobEvent } from '../../../shared/image-files';
import { BerthError } from '../../../shared/errors';
import { streamJob } from '../engine/async-queue';
import { jobFailed } from '../engine/engine-errors';
import { jsonLines } from '../engine/json-lines';
import { tempBeside } from './temp-beside';

/** Bytes streamed between a file on the machine running Berth and an engine, as a job with progress and cancel. */

/**
 * Four progress events a second: each redraws the page's dialog, and at ten a second the page took 0.6 s of CPU during a
 * 3 s download, from the two cores the engine and main were using (the download went at 1.14× `docker cp`; now 1.05×).
 */
const PROGRESS_MS = 250;

export const invalid = (field: string, key: string, value: string): BerthError =>
  new BerthError({ code: 'INVALID_INPUT', fields: { [field]: { key, params: { value } } } });

/** A file to write: an absolute path in an existing folder, not a folder itself, and not replaced unless asked. */
export async function checkTarget(file: string, overwrite: boolean): Promise<string> {
  const target = file.trim();
  if (!path.isAbsolute(target)) throw invalid('path', 'validation.file.absolute', file);
  if (!(await stat(path.dirname(target)).catch(() => null))?.isDirectory()) throw invalid('path', 'validation.file.noFolder', path.dirname(target));
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw invalid('path', 'validation.file.isFolder', target);
  if (existing && !overwrite) throw invalid('path', 'validation.file.exists', target);
  return target;
}

export async function checkSource(file: string): Promise<{ source: string; size: number }> {
  const source = file.trim();
  if (!path.isAbsolute(source)) throw invalid('path', 'validation.file.absolute', file);
  const facts = await stat(source).catch(() => null);
  if (!facts) throw invalid('path', 'validation.file.missing', source);
  // A device or a pipe would stream for ever, or block until a writer came.
  if (!facts.isFile()) throw invalid('path', facts.isDirectory() ? 'validation.file.isFolder' : 'validation.file.notRegular', source);
  return { source, size: facts.size };
}

export type Report = (bytes: number) => void;

/** Counts the bytes going through, for the progress events. */
export async function* counted(source: AsyncIterable<Buffer>, report: Report): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of source) {
    bytes += chunk.length;
    report(bytes);
    yield chunk;
  }
}

/** Runs a file job: progress at most every PROGRESS_MS, then its results; leaving aborts it. */
export function fileJob(total: number, run: (report: Report, signal: AbortSignal) => Promise<string[]>, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
  return streamJob<FileJobEvent>(signal, async (push) => {
    let bytes = 0;
    let sent = -1;
    const timer = setInterval(() => {
      if (bytes !== sent) push({ type: 'progress', bytes: (sent = bytes), total });
    }, PROGRESS_MS);
    try {
      const results = await run((b) => (bytes = b), signal);
      push({ type: 'progress', bytes, total });
      push({ type: 'done', results });
    } finally {
      clearInterval(timer);
    }
  }, jobFailed);
}

/**
 * The write stream's buffer: the engine's response comes in 16–64 kB chunks, and with the default 16 kB buffer each one
 * is a write of its own (a 500 MB download went at 1.4× `docker cp`); with 1 MiB they are gathered into few writes.
 */
const WRITE_BUFFER = 1 << 20;

/**
 * Engine bytes → a temp file beside the target → rename: a cancelled or failed job leaves no partial file. One
 * pipeline from the engine's response to the file (`through` in between): a cancel or a failure anywhere destroys
 * every stage, the engine's response first. A response left open and unread kept the engine's lock on the container:
 * after a cancelled download even `docker inspect` of it hung until Berth exited.
 */
export async function toFile(open: () => Promise<NodeJS.ReadableStream>, target: string, report: Report, signal: AbortSignal, ...through: Transform[]): Promise<string[]> {
  const temp = tempBeside(target);
  try {
    const source = (await open()) as unknown as Readable;
    let bytes = 0;
    const count = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        report((bytes += chunk.length));
        done(null, chunk);
      },
    });
    await pipeline([source, ...through, count, createWriteStream(temp, { mode: 0o644, flags: 'wx', highWaterMark: WRITE_BUFFER })], { signal });
    await rename(temp, target);
    return [target];
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** A file → the engine, counted; the engine's JSON answer lines are read for errors and for what it made. */
export async function fromFile(source: string, send: (body: Readable) => Promise<NodeJS.ReadableStream>, pick: (line: Record<string, unknown>) => string | undefined, report: Report, signal: AbortSignal): Promise<string[]> {
  const body = Readable.from(counted(createReadStream(source), report));
  const stop = () => body.destroy(new Error('cancelled'));
  signal.addEventListener('abort', stop);
  try {
    const answer = await send(body);
    const results: string[] = [];
    for await (const raw of jsonLines(answer as unknown as AsyncIterable<Buffer>)) {
      const line = raw as Record<string, unknown> & { error?: string; errorDetail?: { message?: string } };
      if (line.error || line.errorDetail) throw new Error(line.errorDetail?.message ?? line.error);
      const result = pick(line);
      if (result) results.push(result);
    }
    return results;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
