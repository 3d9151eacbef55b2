import { create } from 'zustand';
import type { EngineEntry } from '../../../shared/engine';
import { api } from '../../app/api-client';
import { initialState } from '../../app/initial-state';
import { useEngineId } from '../../app/route-store';

/** The engines Berth knows, asked once per page. */
export const useEngineList = create<{ engines: EngineEntry[] }>(() => ({ engines: [] }));

let asked = false;
export function loadEngineList(): void {
  if (asked) return;
  asked = true;
  const initial = initialState()?.engines;
  if (initial) useEngineList.setState({ engines: initial }); // what the page came with; the answer below replaces it
  reloadEngineList().catch(() => { asked = false; });
}

/** Asks again (after an engine is added, renamed or removed). */
export const reloadEngineList = (): Promise<void> => api.engines.list.query().then((engines) => useEngineList.setState({ engines }));

/** The entry of the engine the page shows (undefined until the list is in). */
export function useCurrentEngineEntry(): EngineEntry | undefined {
  const id = useEngineId();
  return useEngineList((s) => s.engines.find((e) => e.id === id));
}
