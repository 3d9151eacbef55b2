import { create } from 'zustand';
import type { EngineStatus } from '../../../shared/engine';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';

const CONNECTING: EngineStatus = { state: 'connecting' };

/** Each engine's status, kept for every engine followed (switching back shows it at once). */
export const useEngines = create<{ statuses: Record<string, EngineStatus> }>(() => ({ statuses: {} }));

const followed = new Set<string>();

export function followEngineStatus(engine: string): void {
  if (followed.has(engine)) return;
  followed.add(engine);
  api.engine.status.subscribe({ engine }, {
    onData: (status) => useEngines.setState((s) => ({ statuses: { ...s.statuses, [engine]: status } })),
  });
}

/** The status of the engine the page shows. */
export function useEngineStatus(): EngineStatus {
  const engine = useEngineId();
  return useEngines((s) => s.statuses[engine] ?? CONNECTING);
}
