import { PruneOptions, PruneTargets } from '../prune';
import type { PruneOutcome, PrunePlan } from '../prune-kinds';
import type { DiskUsage, EngineFacts, EventRecord } from '../system';
import { mutation, query, returns, subscription, type ServiceOf } from './define';

/** The engine as a whole: disk usage (`docker system df -v`), its facts (`info`, `version`), the live event stream, and prunes. */
export const systemApi = {
  diskUsage: query(null, returns<DiskUsage>()),
  /** `docker info` and `docker version`, in sections. */
  facts: query(null, returns<EngineFacts>()),
  /** Every engine event from now on, in batches (about 10 a second at most). */
  events: subscription(null, returns<EventRecord[]>()),
  /** What a prune (of any kinds, `docker system prune` being all of them) would remove, computed the engine's way. */
  prunePlan: query(PruneOptions, returns<PrunePlan>()),
  /** Removes exactly a plan's items; what became used meanwhile is kept and said. */
  prune: mutation(PruneTargets, returns<PruneOutcome>()),
};
export type SystemService = ServiceOf<typeof systemApi>;
