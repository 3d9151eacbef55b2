import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CommitInput, FileJobEvent } from '../../../shared/image-files';
import { parseImageMeta } from '../../../shared/image-files';
import { BerthError } from '../../../shared/errors';
import { streamJob } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { jobFailed, toBerthError } from '../engine/engine-errors';
import { jsonLines } from '../engine/json-lines';
import { tempBeside } from '../files/temp-beside';
import { nameWithoutTag } from './image-transfer';

const PROGRESS_MS = 100;

const invalid = (field: string, key: string, value: string): BerthError =>
  new BerthError({ code: 'INVALID_INPUT', fields: { [field]: { key, params: { value } } } });

/** A file to write: an absolute path in an existing folder, not a folder itself, and not replaced unless asked. */
async function checkTarget(file: string, overwrite: boolean): Promise<string> {
  const target = file.trim();
  if (!path.isAbsolute(target)) throw invalid('path', 'validation.file.absolute', file);
  if (!(await stat(path.dirname(target)).catch(() => null))?.isDirectory()) throw invalid('path', 'validation.file.noFolder', path.dirname(target));
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw invalid('path', 'validation.file.isFolder', target);
  if (existing && !overwrite) throw invalid('path', 'validation.file.exists', target);
  return target;
}

async function checkSource(file: string): Promise<{ source: string; size: number }> {
  const source = file.trim();
  if (!path.isAbsolute(source)) throw invalid('path', 'validation.file.absolute', file);
  const facts = await stat(source).catch(() => null);
  if (!facts?.isFile()) throw invalid('path', 'validation.file.missing', source);
  return { source, size: facts.size };
}

type Report = (bytes: number) => void;

/** Counts the bytes going through, for the progress events. */
async function* counted(source: AsyncIterable<Buffer>, report: Report): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of source) {
    bytes += chunk.length;
    report(bytes);
    yield chunk;
  }
}

/** Runs a file job: progress at most every 100 ms, then its results; leaving aborts it. */
function fileJob(total: number, run: (report: Report, signal: AbortSignal) => Promise<string[]>, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
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

/** Engine bytes → a temp file beside the target → rename: a cancelled or failed job leaves no partial file. */
async function toFile(open: () => Promise<NodeJS.ReadableStream>, target: string, report: Report, signal: AbortSignal): Promise<string[]> {
  const temp = tempBeside(target);
  try {
    const source = (await open()) as unknown as Readable;
    await pipeline(source, (s: AsyncIterable<Buffer>) => counted(s, report), createWriteStream(temp, { mode: 0o644, flags: 'wx' }), { signal });
    await rename(temp, target);
    return [target];
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** A file → the engine, counted; the engine's JSON answer lines are read for errors and for what it made. */
async function fromFile(source: string, send: (body: Readable) => Promise<NodeJS.ReadableStream>, pick: (line: Record<string, unknown>) => string | undefined, report: Report, signal: AbortSignal): Promise<string[]> {
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

async function imageSizes(engine: EngineMonitor, names: string[]): Promise<number> {
  const docker = engine.requireClient();
  const sizes = await Promise.all(names.map((n) => docker.getImage(n).inspect().then((i) => i.Size, (err: unknown) => Promise.reject(toBerthError(err, { images: { key: 'validation.image.notLocal', params: { value: n } } })))));
  return sizes.reduce((a, b) => a + b, 0);
}

// Missing from @types/dockerode: GET /images/get with several names.
interface SaveApi { getImages(options: { names: string[] }): Promise<NodeJS.ReadableStream> }

/** `docker save -o file image…`; the total is the images' size, which the tar roughly matches. */
export async function* saveImages(engine: EngineMonitor, input: { images: string[]; path: string; overwrite: boolean }, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
  const target = await checkTarget(input.path, input.overwrite);
  const total = await imageSizes(engine, input.images);
  yield* fileJob(total, (report, s) => toFile(() => (engine.requireClient() as unknown as SaveApi).getImages({ names: input.images }), target, report, s), signal);
}

/** `docker export -o file container`. */
export async function* exportContainer(engine: EngineMonitor, input: { container: string; path: string; overwrite: boolean }, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
  const target = await checkTarget(input.path, input.overwrite);
  yield* fileJob(0, (report, s) => toFile(() => engine.requireClient().getContainer(input.container).export(), target, report, s), signal);
}

/** `docker load -i file`: results are the engine's "Loaded image: …" lines. */
export async function* loadImages(engine: EngineMonitor, input: { path: string }, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
  const { source, size } = await checkSource(input.path);
  const pick = (line: { stream?: unknown }) => (typeof line.stream === 'string' && line.stream.trim() ? line.stream.trim() : undefined);
  yield* fileJob(size, (report, s) => fromFile(source, (body) => engine.requireClient().loadImage(body as NodeJS.ReadableStream, { quiet: true }), pick, report, s), signal);
}

function metaOrThrow(form: { reference: string; changes: string }): { repo?: string; tag?: string; changes: string[] } {
  const { fields, reference, changes } = parseImageMeta(form);
  if (Object.keys(fields).length) throw new BerthError({ code: 'INVALID_INPUT', fields });
  return reference ? { repo: nameWithoutTag(reference), tag: reference.tag || 'latest', changes } : { changes };
}

/** `docker import file [repo[:tag]] -c …`: results are the new image id (and its name). */
export async function* importImage(engine: EngineMonitor, input: { path: string; reference: string; changes: string }, signal: AbortSignal): AsyncGenerator<FileJobEvent> {
  const meta = metaOrThrow(input);
  const { source, size } = await checkSource(input.path);
  const pick = (line: { status?: unknown }) => (typeof line.status === 'string' && line.status.startsWith('sha256:') ? line.status : undefined);
  yield* fileJob(size, (report, s) => fromFile(source, (body) => engine.requireClient().importImage(body as NodeJS.ReadableStream, { repo: meta.repo, tag: meta.tag, changes: meta.changes }), pick, report, s), signal);
}

/** `docker commit -a -m -c [--pause] container [repo[:tag]]`. */
export async function commitContainer(engine: EngineMonitor, input: CommitInput): Promise<{ id: string }> {
  const meta = metaOrThrow(input);
  try {
    const answer = (await engine.requireClient().getContainer(input.container).commit({
      repo: meta.repo, tag: meta.tag, author: input.author.trim() || undefined, comment: input.message || undefined, changes: meta.changes, pause: input.pause,
    })) as { Id: string };
    return { id: answer.Id };
  } catch (err) {
    throw toBerthError(err);
  }
}
