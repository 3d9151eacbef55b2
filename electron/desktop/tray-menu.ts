import type { MenuItemConstructorOptions } from 'electron';
import type { ContainerSummary } from '../../shared/containers';
import type { EngineEntry, EngineStatus } from '../../shared/engine';
import type { Translate } from './translate';

/** What the tray shows: every engine with its state, the one the window shows, and its latest containers. */
export interface TrayState {
  engines: { entry: EngineEntry; status: EngineStatus }[];
  current: string;
  containers: ContainerSummary[];
  keepInTray: boolean;
}

export interface TrayActions {
  open(hash?: string): void;
  act(engine: string, id: string, action: 'start' | 'stop'): void;
  setKeepInTray(on: boolean): void;
  quit(): void;
}

const RECENT = 5;

const stateWords = (t: Translate, status: EngineStatus | undefined): string =>
  status?.state === 'connected' ? t('engine.runningCount', { count: status.info.running }) : t(`engine.states.${status?.state ?? 'connecting'}`);

/** The tray's tooltip: the current engine and how it is. */
export function trayTooltip(t: Translate, state: TrayState): string {
  const current = state.engines.find((e) => e.entry.id === state.current);
  return t('desktop.tray.tooltip', { name: current?.entry.label ?? state.current, state: stateWords(t, current?.status) });
}

/**
 * The tray (menu bar) menu: the current engine's state and running count, its most recent containers with start or
 * stop, a way to switch engine, open Berth, the keep-in-tray setting, quit.
 */
export function trayMenuTemplate(t: Translate, state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  const current = state.engines.find((e) => e.entry.id === state.current);
  const recent = [...state.containers].sort((a, b) => b.since - a.since).slice(0, RECENT);
  return [
    { label: t('desktop.tray.engine', { name: current?.entry.label ?? state.current, state: stateWords(t, current?.status) }), enabled: false },
    { type: 'separator' },
    ...(recent.length ? [{ label: t('desktop.tray.recent'), enabled: false } as const] : []),
    ...recent.map((c): MenuItemConstructorOptions => {
      const running = c.state === 'running' || c.state === 'restarting';
      return {
        label: `${c.name} — ${t(`containers.state.${c.state}`)}`,
        submenu: [
          { label: t('palette.open', { name: c.name }), click: () => actions.open(`e/${state.current}/containers/${encodeURIComponent(c.id)}`) },
          running
            ? { label: t('actions.stop'), click: () => actions.act(state.current, c.id, 'stop') }
            : { label: t('actions.start'), click: () => actions.act(state.current, c.id, 'start') },
        ],
      };
    }),
    ...(recent.length ? [{ type: 'separator' } as const] : []),
    {
      label: t('desktop.tray.switchEngine'),
      submenu: state.engines.map(({ entry, status }) => ({
        label: `${entry.label} — ${stateWords(t, status)}`, type: 'radio', checked: entry.id === state.current,
        click: () => actions.open(`e/${entry.id}/home`),
      })),
    },
    { label: t('desktop.tray.open'), click: () => actions.open() },
    { type: 'separator' },
    { label: t('desktop.tray.keepInTray'), type: 'checkbox', checked: state.keepInTray, click: (item) => actions.setKeepInTray(item.checked) },
    { label: t('desktop.tray.quit'), click: () => actions.quit() },
  ];
}
