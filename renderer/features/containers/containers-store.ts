import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ContainerSummary } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { initialState } from '../../app/initial-state';
import { applyUpdate } from './apply-list-update';

interface ContainersState {
  byId: Record<string, ContainerSummary>;
  loaded: boolean;
  selected: string[];
}

export const useContainers = create<ContainersState>(() => ({ byId: {}, loaded: false, selected: [] }));

/**
 * Live list from main: a snapshot, then coalesced changes; removed containers drop out of the selection. The list the
 * page came with (web host) is shown at once; the subscription's snapshot then replaces it.
 */
export function followContainers(): void {
  const initial = initialState();
  if (initial) useContainers.setState({ byId: applyUpdate({}, { kind: 'snapshot', items: initial.containers }), loaded: true });
  api.containers.watch.subscribe(undefined, {
    onData: (update) =>
      useContainers.setState((s) => {
        const byId = applyUpdate(s.byId, update);
        return { byId, loaded: true, selected: s.selected.filter((id) => id in byId) };
      }),
  });
}

export const setSelected = (selected: string[]): void => useContainers.setState({ selected });

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
