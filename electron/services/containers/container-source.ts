import type { ContainerSummary } from '../../../shared/containers';
import type { EngineMonitor } from '../engine/engine-monitor';
import { isStatus } from '../engine/engine-errors';
import { inBatches } from '../engine/in-batches';
import type { LiveSource } from '../live/live-list';
import { summaryFromInspect, toContainerSummary } from './container-summary';

/** How many inspects of one burst run at once. */
const READ_CONCURRENCY = 16;

/**
 * Containers for the live list. Event-named containers are read with inspect, not the list: the list can still show a
 * container as running for the length of the engine's clean-up after 'die' (seen on Engine 20.10), and nothing
 * would correct it until the backstop. The list call never asks for sizes.
 */
export function containerSource(engine: EngineMonitor): LiveSource<ContainerSummary> {
  return {
    key: (c) => c.id,
    relevant: (event) => (event.type === 'container' ? [event.id] : null),
    list: async (known) => {
      const now = Date.now();
      return (await engine.requireClient().listContainers({ all: true })).map((c) => toContainerSummary(c, now, known.get(c.Id)));
    },
    read: async (ids) => {
      const docker = engine.requireClient();
      return new Map(await inBatches(ids, READ_CONCURRENCY, async (id) => {
        try {
          return [id, summaryFromInspect(await docker.getContainer(id).inspect())] as const;
        } catch (err) {
          if (!isStatus(err, 404)) throw err;
          return [id, null] as const;
        }
      }));
    },
  };
}
