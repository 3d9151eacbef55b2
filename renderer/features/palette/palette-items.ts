import type { TFunction } from 'i18next';
import type { ContainerAction, ContainerSummary } from '../../../shared/containers';
import type { EngineEntry } from '../../../shared/engine';
import { type Route, SCREENS } from '../../app/route-store';
import { availableActions } from '../containers/container-actions';

/** One thing the palette can do: where it goes or what it runs, with the words it is found by. */
export interface PaletteItem {
  id: string;
  group: 'screens' | 'engines' | 'containers';
  label: string;
  /** The keys that do the same, shown beside it. */
  shortcut?: string;
  run: { go: Route; engine?: string } | { act: ContainerAction; container: ContainerSummary };
}

/** The sidebar's screens with their Ctrl+number, then the engine-wide ones. */
const SCREEN_ITEMS: { screen: 'all' | 'engines' | 'info' | (typeof SCREENS)[number]; key: string; shortcut?: string }[] = [
  ...SCREENS.map((screen, i) => ({ screen, key: `nav.${screen}`, shortcut: `Ctrl+${i + 1}` })),
  { screen: 'all', key: 'engine.all' }, { screen: 'engines', key: 'engine.manage' }, { screen: 'info', key: 'info.open' },
];

/** How many containers a query lists at most (each with its actions): the palette stays a short list. */
export const CONTAINERS_SHOWN = 8;

/** Every screen and engine, and, for the containers whose names match the query best, each one's pages and actions. */
export function paletteItems(t: TFunction, engines: EngineEntry[], containers: ContainerSummary[]): PaletteItem[] {
  const screens = SCREEN_ITEMS.map(({ screen, key, shortcut }): PaletteItem => ({
    id: `screen:${screen}`, group: 'screens', label: t(key), shortcut, run: { go: { screen } },
  }));
  const engineItems = engines.map((engine, i): PaletteItem => ({
    id: `engine:${engine.id}`, group: 'engines', label: t('palette.switchTo', { name: engine.label }),
    shortcut: i < 9 ? `Alt+${i + 1}` : undefined, run: { go: { screen: 'containers' }, engine: engine.id },
  }));
  const containerItems = containers.flatMap((c): PaletteItem[] => [
    { id: `open:${c.id}`, group: 'containers', label: t('palette.open', { name: c.name }), run: { go: { screen: 'container', id: c.id } } },
    { id: `logs:${c.id}`, group: 'containers', label: t('palette.logs', { name: c.name }), run: { go: { screen: 'container', id: c.id, tab: 'logs' } } },
    ...(c.state === 'running'
      ? [{ id: `shell:${c.id}`, group: 'containers' as const, label: t('palette.shell', { name: c.name }), run: { go: { screen: 'container' as const, id: c.id, tab: 'shell' } } }]
      : []),
    ...availableActions(c).map((act): PaletteItem => ({
      id: `${act}:${c.id}`, group: 'containers', label: t(`actions.${act}Named`, { name: c.name }), run: { act, container: c },
    })),
  ]);
  return [...screens, ...engineItems, ...containerItems];
}
