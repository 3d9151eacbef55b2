import type { EngineServices } from '../../../shared/api/app';
import { changeKindOf, type ContainerSummary } from '../../../shared/containers';
import { BerthError } from '../../../shared/errors';
import { parseContainerName } from '../../../shared/parse/parse-container-name';
import type { EngineMonitor } from '../engine/engine-monitor';
import { engineCall, toBerthError } from '../engine/engine-errors';
import { parseResources } from '../../../shared/resources-form';
import { runBulkAction } from './container-actions';
import { toContainerDetails } from './container-details';
import type { LiveList } from '../live/live-list';
import { runContainer, runSourceOf } from './run-container';
import { dockerRunLine, type RunSource } from '../../../shared/docker-run';
import type { StatsHub } from './stats-hub';

export function createContainersService(engine: EngineMonitor, watcher: LiveList<ContainerSummary>, stats: StatsHub): EngineServices['containers'] {
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
    runLine: ({ id }) => engineCall(async () => {
      const c = await container(id).inspect();
      const image = await engine.requireClient().getImage(c.Image).inspect().catch(() => null);
      return dockerRunLine(runSourceOf(c, (image?.Config ?? {}) as RunSource['imageConfig']));
    }),
    changes: ({ id }) => engineCall(async () => {
      const changes = ((await container(id).changes()) ?? []) as { Path: string; Kind: number }[];
      return changes.map((c) => ({ path: c.Path, kind: changeKindOf(c.Kind) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
    updateResources: async ({ id, ...form }) => {
      const current = (await engineCall(async () => toContainerDetails(await container(id).inspect()))).resources;
      const { errors, update } = parseResources(form, current);
      if (Object.keys(errors).length) throw new BerthError({ code: 'INVALID_INPUT', fields: errors });
      if (Object.keys(update).length) await engineCall(() => container(id).update(update));
    },
    updateRestartPolicy: ({ id, policy }) => engineCall(async () => {
      await container(id).update({
        RestartPolicy: { Name: policy.name === 'no' ? '' : policy.name, MaximumRetryCount: policy.name === 'on-failure' ? policy.maxRetries : 0 },
      });
    }),
    stats: ({ id }, signal) => stats.one(id, signal),
    statsAll: (signal) => stats.all(signal),
  };
}
