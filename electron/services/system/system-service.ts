import type { SystemService } from '../../../shared/api/system';
import { engineFacts, summarizeDiskUsage, type EventRecord, type RawDiskUsage, type RawEngineFacts } from '../../../shared/system';
import { AsyncQueue, Batcher } from '../engine/async-queue';
import { planPrune, runPrune } from './prune';
import { engineCall } from '../engine/engine-errors';
import type { EngineEvent } from '../engine/engine-event';
import type { EngineMonitor } from '../engine/engine-monitor';

/** A burst of events (a compose up, a prune) crosses as one batch per this window, up to this many. */
const BATCH_MS = 100;
const BATCH_MAX = 500;

export function createSystemService(engine: EngineMonitor): SystemService {
  return {
    diskUsage: () => engineCall(async () => summarizeDiskUsage(await engine.requireClient().df() as RawDiskUsage)),
    facts: () => engineCall(async () => {
      const docker = engine.requireClient();
      const [info, version] = await Promise.all([docker.info(), docker.version()]);
      // dockerode types BuildTime as a Date; the engine sends a string.
      return engineFacts({ info, version: version as unknown as RawEngineFacts['version'] });
    }),
    prunePlan: (options) => planPrune(engine.requireClient(), options),
    prune: (targets) => runPrune(engine.requireClient(), targets),
    events: async function* (signal) {
      const queue = new AsyncQueue<EventRecord[]>();
      const batcher = new Batcher<EventRecord>((batch) => queue.push(batch), { delayMs: BATCH_MS, maxItems: BATCH_MAX });
      const listener = (e: EngineEvent) => batcher.add({ time: Math.floor(e.timeNano / 1e6), type: e.type, action: e.action, id: e.id, attributes: e.attributes });
      engine.on('event', listener);
      try {
        yield* queue.iterate(signal);
      } finally {
        engine.off('event', listener);
        batcher.flush();
      }
    },
  };
}
