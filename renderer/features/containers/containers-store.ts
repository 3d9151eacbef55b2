import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ContainerSummary } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { engineKeyed, oncePerEngine, useEngineKeyed } from '../../app/engine-keyed';
import { initialState } from '../../app/initial-state';
import { currentEngine } from '../../app/route-store';
import { applyUpdate } from '../../../shared/live-update';

export interface EngineContainers {
  byId: Record<string, ContainerSummary>;
  loaded: boolean;
  selected: string[];
}

/** Each engine's containers and selection. */
const containerLists = engineKeyed<EngineContainers>({ byId: {}, loaded: false, selected: [] });

/** The containers of the engine the page shows. */
export const useContainers = <T>(select: (list: EngineContainers) => T): T => useEngineKeyed(containerLists, select);

/**
 * One engine's live list from main: a snapshot, then coalesced changes; removed containers drop out of the selection.
 * The list the page came with (web host, its engine) is shown at once; the subscription's snapshot then replaces it.
 */
export const followContainers = oncePerEngine((engine) => {
  const initial = initialState();
  if (initial?.engine === engine) {
    containerLists.update(engine, (list) => ({ ...list, byId: applyUpdate({}, { kind: 'snapshot', items: initial.containers }), loaded: true }));
  }
  api.containers.watch.subscribe({ engine }, {
    onData: (change) => containerLists.update(engine, (list) => {
      const byId = applyUpdate(list.byId, change);
      return { byId, loaded: true, selected: list.selected.filter((id) => id in byId) };
    }),
  });
});

/** Every followed engine's containers (the All engines view). */
export const useEveryEngineContainers = (): Record<string, EngineContainers> => containerLists.store((s) => s.engines);

export const setSelected = (selected: string[]): void => containerLists.update(currentEngine(), (list) => ({ ...list, selected }));

/** What the user chose to see; kept across restarts. */
interface ViewState {
  filter: string;
  runningOnly: boolean;
  collapsed: string[];
  setFilter(filter: string): void;
  setRunningOnly(value: boolean): void;
  toggleGroup(project: string): void;
}

export const useContainersView = create<ViewState>()(
  persist(
    (set) => ({
      filter: '',
      runningOnly: false,
      collapsed: [],
      setFilter: (filter) => set({ filter }),
      setRunningOnly: (runningOnly) => set({ runningOnly }),
      toggleGroup: (project) =>
        set((s) => ({ collapsed: s.collapsed.includes(project) ? s.collapsed.filter((p) => p !== project) : [...s.collapsed, project] })),
    }),
    { name: 'berth.containers.view', partialize: (s) => ({ runningOnly: s.runningOnly, collapsed: s.collapsed }) },
  ),
);
