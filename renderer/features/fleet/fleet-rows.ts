import type { ContainerSummary } from '../../../shared/containers';
import type { EngineEntry } from '../../../shared/engine';
import { containerMatcher } from '../containers/container-rows';

/** A container in the All engines table: which engine it runs on, beside what the engine says of it. */
export interface FleetRow extends ContainerSummary {
  engine: string;
  engineLabel: string;
  /** Unique across engines (ids are only unique on one). */
  key: string;
}

export interface FleetFilter {
  text: string;
  engine: string | null;
  runningOnly: boolean;
}

/** Every engine's containers in one list, in the engines' order, filtered as the user asked. */
export function fleetRows(engines: EngineEntry[], lists: Record<string, { byId: Record<string, ContainerSummary> } | undefined>, filter: FleetFilter): FleetRow[] {
  const matches = containerMatcher(filter.text, filter.runningOnly);
  return engines.flatMap((engine) => {
    if (filter.engine && filter.engine !== engine.id) return [];
    return Object.values(lists[engine.id]?.byId ?? {})
      .filter(matches)
      .map((c) => ({ ...c, engine: engine.id, engineLabel: engine.label, key: `${engine.id}/${c.id}` }));
  });
}
