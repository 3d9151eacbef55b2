import type { Readable } from 'node:stream';
import type { BuildEvent, BuildInput } from '../../../shared/build';
import { checkBuildForm, leftoverName } from '../../../shared/build';
import { BerthError } from '../../../shared/errors';
import { Batcher, streamJob } from '../engine/async-queue';
import type { EngineMonitor } from '../engine/engine-monitor';
import { jobFailed } from '../engine/engine-errors';
import { jsonLines } from '../engine/json-lines';
import { checkContext, packContext } from './build-context';

const STEP = /^Step (\d+)\/(\d+) : (.*)/;
const RUNNING_IN = /^ ---> Running in ([0-9a-f]{12,64})/;
const REMOVED = /^Removing intermediate container ([0-9a-f]{12,64})/;

/** Once the engine is back, names the step's container as a leftover (it survives an engine crash), if it is still there. */
function markLeftover(engine: EngineMonitor, container: string): void {
  engine.once('connected', (docker) => {
    void docker.getContainer(container).rename({ name: leftoverName(container) }).catch(() => undefined);
  });
}

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
    let step: string | null = null; // the container of the step in progress
    let refused = false; // the engine answered with an error (it then removes the step's container itself)
    try {
      const stream = (await engine.requireClient().buildImage(await packContext(root, dockerfile), {
        t: form.tags, dockerfile, buildargs: form.buildArgs, target: input.target.trim() || undefined,
        nocache: input.noCache, pull: input.pull, rm: true, forcerm: true, version: '1', abortSignal: signal,
      } as never)) as unknown as Readable;
      for await (const raw of jsonLines(stream as AsyncIterable<Buffer>)) {
        const line = raw as BuildLine;
        if (line.error || line.errorDetail) {
          refused = true;
          throw new Error(line.errorDetail?.message ?? line.error);
        }
        if (line.aux?.ID) id = line.aux.ID;
        const text = line.stream ?? (line.status ? `${line.status}\n` : '');
        const started = STEP.exec(text);
        if (started) {
          log.flush();
          push({ type: 'step', step: Number(started[1]), total: Number(started[2]), instruction: started[3]!.trim() });
        }
        step = RUNNING_IN.exec(text)?.[1] ?? (REMOVED.exec(text)?.[1] === step ? null : step);
        if (text) log.add(text);
      }
      log.flush();
      if (!id) throw new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.build.noImageId' } });
      push({ type: 'done', id, tags: form.tags });
    } catch (err) {
      // forcerm removes a failed step's container; a stream that broke mid-step (the engine went away) leaves it.
      if (step && !refused && !signal.aborted) {
        push({ type: 'leftover', container: step, name: leftoverName(step) });
        markLeftover(engine, step);
      }
      throw err;
    } finally {
      log.flush();
    }
  }, jobFailed);
}
