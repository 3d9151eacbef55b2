import type { Readable } from 'node:stream';
import type { BuildEvent, BuildInput } from '../../../shared/build';
import { checkBuildForm } from '../../../shared/build';
import { BerthError } from '../../../shared/errors';
import { Batcher, streamJob } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { jobFailed } from '../engine/engine-errors';
import { jsonLines } from '../engine/json-lines';
import { checkContext, packContext } from './build-context';

const STEP = /^Step (\d+)\/(\d+) : (.*)/;

interface BuildLine { stream?: string; status?: string; aux?: { ID?: string }; error?: string; errorDetail?: { message?: string } }

/**
 * `docker build` (classic builder): the context is packed and streamed from disk, the log is sent in batches with the
 * steps picked out. Intermediate containers are removed even when a step fails (`forcerm`), and tags are only
 * applied by the engine on success, so a failed or cancelled build leaves nothing half-made behind.
 */
export async function* buildImage(engine: EngineMonitor, input: BuildInput, signal: AbortSignal): AsyncGenerator<BuildEvent> {
  const form = checkBuildForm(input);
  if (Object.keys(form.fields).length) throw new BerthError({ code: 'INVALID_INPUT', fields: form.fields });
  const { root, dockerfile } = await checkContext(input.context, input.dockerfile);
  yield* streamJob<BuildEvent>(signal, async (push) => {
    const log = new Batcher<string>((texts) => push({ type: 'log', text: texts.join('') }), { delayMs: 50, maxItems: 500, leading: true });
    let id = '';
    try {
      const stream = (await engine.requireClient().buildImage(await packContext(root, dockerfile), {
        t: form.tags, dockerfile, buildargs: form.buildArgs, target: input.target.trim() || undefined,
        nocache: input.noCache, pull: input.pull, rm: true, forcerm: true, version: '1', abortSignal: signal,
      } as never)) as unknown as Readable;
      for await (const raw of jsonLines(stream as AsyncIterable<Buffer>)) {
        const line = raw as BuildLine;
        if (line.error || line.errorDetail) throw new Error(line.errorDetail?.message ?? line.error);
        if (line.aux?.ID) id = line.aux.ID;
        const text = line.stream ?? (line.status ? `${line.status}\n` : '');
        const step = STEP.exec(text);
        if (step) {
          log.flush();
          push({ type: 'step', step: Number(step[1]), total: Number(step[2]), instruction: step[3]!.trim() });
        }
        if (text) log.add(text);
      }
      log.flush();
      if (!id) throw new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.build.noImageId' } });
      push({ type: 'done', id, tags: form.tags });
    } finally {
      log.flush();
    }
  }, jobFailed);
}
