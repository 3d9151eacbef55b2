import type { EngineServices } from '../../../shared/api/app';
import type { ContainerSummary } from '../../../shared/containers';
import { BerthError } from '../../../shared/errors';
import { parseContainerName } from '../../../shared/parse/parse-container-name';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';
import { jsonLines } from '../engine/json-lines';
import { runBulkAction } from './container-actions';
import { toContainerDetails } from './container-details';
import type { LiveList } from '../live/live-list';
import { toStatsSample } from './container-stats';
import { runContainer } from './run-container';

/** Engine failures leave here as typed errors, never as dockerode's own. */
async function engineCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toBerthError(err);
  }
}

export function createContainersService(engine: EngineMonitor, watcher: LiveList<ContainerSummary>): EngineServices['containers'] {
  const container = (id: string) => engine.requireClient().getContainer(id);
  return {
    watch: (signal) => watcher.watch(signal),
    act: (input) => runBulkAction(engine.requireClient(), input),
    run: (form) => runContainer(engine.requireClient(), form),
    inspect: ({ id }) => engineCall(async () => toContainerDetails(await container(id).inspect())),
    top: ({ id }) => engineCall(async () => {
      const result = await container(id).top();
      return { titles: result.Titles ?? [], processes: result.Processes ?? [] };
    }),
    rename: async ({ id, name }) => {
      const parsed = parseContainerName(name);
      if (!parsed.ok || !parsed.value) {
        throw new BerthError({ code: 'INVALID_INPUT', fields: { name: parsed.ok ? { key: 'validation.name.required' } : parsed.error } });
      }
      try {
        await container(id).rename({ name: parsed.value });
      } catch (err) {
        const error = toBerthError(err);
        if (error.data.code === 'NAME_IN_USE' || error.data.code === 'CONFLICT') error.data.fields = { name: { key: 'validation.name.inUse' } };
        throw error;
      }
    },
    updateRestartPolicy: ({ id, policy }) => engineCall(async () => {
      await container(id).update({
        RestartPolicy: { Name: policy.name === 'no' ? '' : policy.name, MaximumRetryCount: policy.name === 'on-failure' ? policy.maxRetries : 0 },
      });
    }),
    stats: ({ id }, signal) => streamStats(engine, id, signal),
  };
}

/** `docker stats` for one container, for as long as the renderer shows it. */
async function* streamStats(engine: EngineMonitor, id: string, signal: AbortSignal) {
  const stream = (await engineCall(() =>
    engine.requireClient().getContainer(id).stats({ stream: true }),
  )) as unknown as NodeJS.ReadableStream & { destroy(): void };
  const stop = (): void => stream.destroy();
  signal.addEventListener('abort', stop, { once: true });
  try {
    for await (const raw of jsonLines(stream as AsyncIterable<Buffer>)) yield toStatsSample(raw as Parameters<typeof toStatsSample>[0]);
  } catch (err) {
    if (!signal.aborted) throw toBerthError(err);
  } finally {
    signal.removeEventListener('abort', stop);
    stream.destroy();
  }
}
