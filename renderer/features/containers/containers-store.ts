import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ContainerSummary } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { initialState } from '../../app/initial-state';
import { currentEngine, useEngineId } from '../../app/route-store';
import { applyUpdate } from './apply-list-update';

interface EngineContainers {
  byId: Record<string, ContainerSummary>;
  loaded: boolean;
  selected: string[];
}

const EMPTY: EngineContainers = { byId: {}, loaded: false, selected: [] };

/** Each engine's list, kept for every engine followed: switching back is instant, and no engine's rows show under another. */
export const useContainerLists = create<{ engines: Record<string, EngineContainers> }>(() => ({ engines: {} }));

const update = (engine: string, change: (list: EngineContainers) => Partial<EngineContainers>): void =>
  useContainerLists.setState((s) => {
    const list = s.engines[engine] ?? EMPTY;
    return { engines: { ...s.engines, [engine]: { ...list, ...change(list) } } };
  });

/** The containers of the engine the page shows. */
export function useContainers<T>(select: (list: EngineContainers) => T): T {
  const engine = useEngineId();
  return useContainerLists((s) => select(s.engines[engine] ?? EMPTY));
}

const followed = new Set<string>();

/**
 * One engine's live list from main: a snapshot, then coalesced changes; removed containers drop out of the selection.
 * The list the page came with (web host, its engine) is shown at once; the subscription's snapshot then replaces it.
 */
export function followContainers(engine: string): void {
  if (followed.has(engine)) return;
  followed.add(engine);
  const initial = initialState();
  if (initial?.engine === engine) update(engine, () => ({ byId: applyUpdate({}, { kind: 'snapshot', items: initial.containers }), loaded: true }));
  api.containers.watch.subscribe({ engine }, {
    onData: (change) => update(engine, (list) => {
      const byId = applyUpdate(list.byId, change);
      return { byId, loaded: true, selected: list.selected.filter((id) => id in byId) };
    }),
  });
}

export const setSelected = (selected: string[]): void => update(currentEngine(), () => ({ selected }));

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
