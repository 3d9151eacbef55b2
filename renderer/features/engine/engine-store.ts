import { useEffect } from 'react';
import type { EngineEntry, EngineStatus } from '../../../shared/engine';
import { api } from '../../app/api-client';
import { engineKeyed, oncePerEngine, useEngineKeyed } from '../../app/engine-keyed';
import { loadEngineList, useEngineList } from './engine-list';

/** Each engine's status, kept for every engine followed. */
export const engineStatuses = engineKeyed<EngineStatus>({ state: 'connecting' });

export const followEngineStatus = oncePerEngine((engine) => {
  api.engine.status.subscribe({ engine }, { onData: (status) => engineStatuses.update(engine, () => status) });
});

/** The status of the engine the page shows. */
export const useEngineStatus = (): EngineStatus => useEngineKeyed(engineStatuses, (status) => status);

/**
 * The page's engine's status while it is down, else null: what the frame of the page needs, without re-rendering it
 * each time a connected engine's counts change.
 */
export const useEngineOutage = (): (EngineStatus & { state: 'disconnected' }) | null =>
  useEngineKeyed(engineStatuses, (status) => (status.state === 'disconnected' ? status : null));

/** Every engine Berth knows, each one's status followed from then on (the switcher, the engines screen, All engines). */
export function useFollowedEngines(): EngineEntry[] {
  const engines = useEngineList((s) => s.engines);
  useEffect(loadEngineList, []);
  useEffect(() => engines.forEach((e) => followEngineStatus(e.id)), [engines]);
  return engines;
}
