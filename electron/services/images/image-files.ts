import type { CommitInput, FileJobEvent } from '../../../shared/image-files';
import { parseImageMeta } from '../../../shared/image-files';
import { BerthError } from '../../../shared/errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';
import { checkSource, checkTarget, fileJob, fromFile, toFile } from '../files/file-job';
import { nameWithoutTag } from './image-transfer';

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
