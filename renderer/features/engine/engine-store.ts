import type { EngineStatus } from '../../../shared/engine';
import { api } from '../../app/api-client';
import { engineKeyed, oncePerEngine, useEngineKeyed } from '../../app/engine-keyed';

/** Each engine's status, kept for every engine followed. */
export const engineStatuses = engineKeyed<EngineStatus>({ state: 'connecting' });

export const followEngineStatus = oncePerEngine((engine) => {
  api.engine.status.subscribe({ engine }, { onData: (status) => engineStatuses.update(engine, () => status) });
});

/** The status of the engine the page shows. */
export const useEngineStatus = (): EngineStatus => useEngineKeyed(engineStatuses, (status) => status);
