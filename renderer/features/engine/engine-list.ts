import { create } from 'zustand';
import type { EngineEntry } from '../../../shared/engine';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';

/** The engines Berth knows, asked once per page. */
export const useEngineList = create<{ engines: EngineEntry[] }>(() => ({ engines: [] }));

let asked = false;
export function loadEngineList(): void {
  if (asked) return;
  asked = true;
  reloadEngineList().catch(() => { asked = false; });
}

/** Asks again (after an engine is added, renamed or removed). */
export const reloadEngineList = (): Promise<void> => api.engines.list.query().then((engines) => useEngineList.setState({ engines }));

/** The entry of the engine the page shows (undefined until the list is in). */
export function useCurrentEngineEntry(): EngineEntry | undefined {
  const id = useEngineId();
  return useEngineList((s) => s.engines.find((e) => e.id === id));
}
